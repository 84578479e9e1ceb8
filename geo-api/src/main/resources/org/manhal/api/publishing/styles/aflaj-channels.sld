<?xml version="1.0" encoding="UTF-8"?>
<!-- Style of the Manhal layer "aflaj-channels" (SLD 1.0, the subset MapServer 8 and GeoServer both read:
     one FeatureTypeStyle, simple marks, comparison filters, PropertyName labels). Rule titles
     are Arabic and English; labels are drawn in both languages where the layer has names. -->
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>aflaj-channels</Name>
    <UserStyle>
      <Name>aflaj-channels</Name>
      <Title>قنوات الأفلاج / Falaj channels</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>falaj_channel</Name>
          <Title>قناة الفلج / Falaj channel</Title>
          <LineSymbolizer><Stroke><CssParameter name="stroke">#2B8CBE</CssParameter><CssParameter name="stroke-width">2</CssParameter></Stroke></LineSymbolizer>
        </Rule>
        <Rule>
          <Name>label-ar</Name>
          <Title>التسمية بالعربية / Arabic label</Title>
          <MaxScaleDenominator>250000</MaxScaleDenominator>
          <TextSymbolizer>
            <Label><ogc:PropertyName>name_ar</ogc:PropertyName></Label>
            <Font><CssParameter name="font-family">DejaVu Sans</CssParameter><CssParameter name="font-size">12</CssParameter></Font>
            <LabelPlacement><PointPlacement><Displacement><DisplacementX>0</DisplacementX><DisplacementY>8</DisplacementY></Displacement></PointPlacement></LabelPlacement>
            <Halo><Radius>1.5</Radius><Fill><CssParameter name="fill">#FFFFFF</CssParameter></Fill></Halo>
            <Fill><CssParameter name="fill">#222222</CssParameter></Fill>
          </TextSymbolizer>
        </Rule>
        <Rule>
          <Name>label-en</Name>
          <Title>التسمية بالإنجليزية / English label</Title>
          <MaxScaleDenominator>250000</MaxScaleDenominator>
          <TextSymbolizer>
            <Label><ogc:PropertyName>name_en</ogc:PropertyName></Label>
            <Font><CssParameter name="font-family">DejaVu Sans</CssParameter><CssParameter name="font-size">10</CssParameter></Font>
            <LabelPlacement><PointPlacement><Displacement><DisplacementX>0</DisplacementX><DisplacementY>-8</DisplacementY></Displacement></PointPlacement></LabelPlacement>
            <Halo><Radius>1.5</Radius><Fill><CssParameter name="fill">#FFFFFF</CssParameter></Fill></Halo>
            <Fill><CssParameter name="fill">#222222</CssParameter></Fill>
          </TextSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
