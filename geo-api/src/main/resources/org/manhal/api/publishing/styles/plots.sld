<?xml version="1.0" encoding="UTF-8"?>
<!-- Style of the Manhal layer "plots" (SLD 1.0, the subset MapServer 8 and GeoServer both read:
     one FeatureTypeStyle, simple marks, comparison filters, PropertyName labels). Rule titles
     are Arabic and English; labels are drawn in both languages where the layer has names.
     Plots have no name (the number is not published): the label is the area in m², drawn only close up. -->
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>plots</Name>
    <UserStyle>
      <Name>plots</Name>
      <Title>قطع الأراضي / Plots</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>plot</Name>
          <Title>قطعة أرض / Plot</Title>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#FFFFFF</CssParameter><CssParameter name="fill-opacity">0.0</CssParameter></Fill>
            <Stroke><CssParameter name="stroke">#636363</CssParameter><CssParameter name="stroke-width">0.6</CssParameter></Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>label-area_m2</Name>
          <Title>المساحة (م²) / Area (m²)</Title>
          <MaxScaleDenominator>5000</MaxScaleDenominator>
          <TextSymbolizer>
            <Label><ogc:PropertyName>area_m2</ogc:PropertyName></Label>
            <Font><CssParameter name="font-family">DejaVu Sans</CssParameter><CssParameter name="font-size">9</CssParameter></Font>
            <LabelPlacement><PointPlacement><Displacement><DisplacementX>0</DisplacementX><DisplacementY>0</DisplacementY></Displacement></PointPlacement></LabelPlacement>
            <Halo><Radius>1.5</Radius><Fill><CssParameter name="fill">#FFFFFF</CssParameter></Fill></Halo>
            <Fill><CssParameter name="fill">#222222</CssParameter></Fill>
          </TextSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
