<?xml version="1.0" encoding="UTF-8"?>
<!-- Style of the Manhal layer "wells" (SLD 1.0, the subset MapServer 8 and GeoServer both read:
     one FeatureTypeStyle, simple marks, comparison filters, PropertyName labels). Rule titles
     are Arabic and English; labels are drawn in both languages where the layer has names. -->
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>wells</Name>
    <UserStyle>
      <Name>wells</Name>
      <Title>الآبار / Wells</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>permitted</Name>
          <Title>مرخصة / Permitted</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>PERMITTED</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PointSymbolizer><Graphic>
            <Mark><WellKnownName>circle</WellKnownName><Fill><CssParameter name="fill">#74C476</CssParameter></Fill><Stroke><CssParameter name="stroke">#333333</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke></Mark>
            <Size>7</Size>
          </Graphic></PointSymbolizer>
        </Rule>
        <Rule>
          <Name>active</Name>
          <Title>عاملة / Active</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>ACTIVE</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PointSymbolizer><Graphic>
            <Mark><WellKnownName>circle</WellKnownName><Fill><CssParameter name="fill">#1A9641</CssParameter></Fill><Stroke><CssParameter name="stroke">#333333</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke></Mark>
            <Size>7</Size>
          </Graphic></PointSymbolizer>
        </Rule>
        <Rule>
          <Name>standby</Name>
          <Title>احتياطية / Standby</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>STANDBY</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PointSymbolizer><Graphic>
            <Mark><WellKnownName>circle</WellKnownName><Fill><CssParameter name="fill">#A6D96A</CssParameter></Fill><Stroke><CssParameter name="stroke">#333333</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke></Mark>
            <Size>7</Size>
          </Graphic></PointSymbolizer>
        </Rule>
        <Rule>
          <Name>not_in_use</Name>
          <Title>غير مستخدمة / Not in use</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>NOT_IN_USE</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PointSymbolizer><Graphic>
            <Mark><WellKnownName>circle</WellKnownName><Fill><CssParameter name="fill">#BDBDBD</CssParameter></Fill><Stroke><CssParameter name="stroke">#333333</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke></Mark>
            <Size>7</Size>
          </Graphic></PointSymbolizer>
        </Rule>
        <Rule>
          <Name>deepened</Name>
          <Title>معمقة / Deepened</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>DEEPENED</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PointSymbolizer><Graphic>
            <Mark><WellKnownName>circle</WellKnownName><Fill><CssParameter name="fill">#2C7FB8</CssParameter></Fill><Stroke><CssParameter name="stroke">#333333</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke></Mark>
            <Size>7</Size>
          </Graphic></PointSymbolizer>
        </Rule>
        <Rule>
          <Name>abandoned</Name>
          <Title>مهجورة / Abandoned</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>ABANDONED</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PointSymbolizer><Graphic>
            <Mark><WellKnownName>circle</WellKnownName><Fill><CssParameter name="fill">#969696</CssParameter></Fill><Stroke><CssParameter name="stroke">#333333</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke></Mark>
            <Size>7</Size>
          </Graphic></PointSymbolizer>
        </Rule>
        <Rule>
          <Name>backfilled</Name>
          <Title>مردومة / Backfilled</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>BACKFILLED</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PointSymbolizer><Graphic>
            <Mark><WellKnownName>circle</WellKnownName><Fill><CssParameter name="fill">#525252</CssParameter></Fill><Stroke><CssParameter name="stroke">#333333</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke></Mark>
            <Size>7</Size>
          </Graphic></PointSymbolizer>
        </Rule>
        <Rule>
          <Name>label-id</Name>
          <Title>التسمية / Label</Title>
          <MaxScaleDenominator>25000</MaxScaleDenominator>
          <TextSymbolizer>
            <Label><ogc:PropertyName>registry_number</ogc:PropertyName></Label>
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
