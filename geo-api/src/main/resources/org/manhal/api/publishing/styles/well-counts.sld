<?xml version="1.0" encoding="UTF-8"?>
<!-- Style of the Manhal layer "well-counts" (SLD 1.0, the subset MapServer 8 and GeoServer both read:
     one FeatureTypeStyle, simple marks, comparison filters, PropertyName labels). Rule titles
     are Arabic and English; labels are drawn in both languages where the layer has names. -->
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>well-counts</Name>
    <UserStyle>
      <Name>well-counts</Name>
      <Title>أعداد الآبار لكل خلية / Well counts per cell</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>cell</Name>
          <Title>خلية فيها آبار / Cell with wells</Title>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#3182BD</CssParameter><CssParameter name="fill-opacity">0.35</CssParameter></Fill>
            <Stroke><CssParameter name="stroke">#08519C</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>label-id</Name>
          <Title>التسمية / Label</Title>
          <TextSymbolizer>
            <Label><ogc:PropertyName>n</ogc:PropertyName></Label>
            <Font><CssParameter name="font-family">DejaVu Sans</CssParameter><CssParameter name="font-size">12</CssParameter></Font>
            <LabelPlacement><PointPlacement><Displacement><DisplacementX>0</DisplacementX><DisplacementY>8</DisplacementY></Displacement></PointPlacement></LabelPlacement>
            <Halo><Radius>1.5</Radius><Fill><CssParameter name="fill">#FFFFFF</CssParameter></Fill></Halo>
            <Fill><CssParameter name="fill">#222222</CssParameter></Fill>
          </TextSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
