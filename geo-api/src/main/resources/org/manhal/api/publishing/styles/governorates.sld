<?xml version="1.0" encoding="UTF-8"?>
<!-- Style of the Manhal layer "governorates" (SLD 1.0, the subset MapServer 8 and GeoServer both read:
     one FeatureTypeStyle, simple marks, comparison filters, PropertyName labels). Rule titles
     are Arabic and English; labels are drawn in both languages where the layer has names. -->
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>governorates</Name>
    <UserStyle>
      <Name>governorates</Name>
      <Title>المحافظات / Governorates</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>governorate</Name>
          <Title>محافظة / Governorate</Title>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#FFFFFF</CssParameter><CssParameter name="fill-opacity">0.0</CssParameter></Fill>
            <Stroke><CssParameter name="stroke">#555555</CssParameter><CssParameter name="stroke-width">1.5</CssParameter></Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>label-ar</Name>
          <Title>التسمية بالعربية / Arabic label</Title>
          <MaxScaleDenominator>5000000</MaxScaleDenominator>
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
          <MaxScaleDenominator>5000000</MaxScaleDenominator>
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
