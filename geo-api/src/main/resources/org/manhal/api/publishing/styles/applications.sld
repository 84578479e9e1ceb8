<?xml version="1.0" encoding="UTF-8"?>
<!-- Style of the Manhal layer "applications" (SLD 1.0, the subset MapServer 8 and GeoServer both read:
     one FeatureTypeStyle, simple marks, comparison filters, PropertyName labels). Rule titles
     are Arabic and English; labels are drawn in both languages where the layer has names.
     A staff layer: served to staff by the tiles and OGC API only, never in the mapfile or a
     GeoServer (their role cannot read schema pub_staff). -->
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>applications</Name>
    <UserStyle>
      <Name>applications</Name>
      <Title>الطلبات / Applications</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>submitted</Name>
          <Title>مقدَّم / Submitted</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>SUBMITTED</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PointSymbolizer><Graphic>
            <Mark><WellKnownName>triangle</WellKnownName><Fill><CssParameter name="fill">#1F78B4</CssParameter></Fill><Stroke><CssParameter name="stroke">#333333</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke></Mark>
            <Size>10</Size>
          </Graphic></PointSymbolizer>
        </Rule>
        <Rule>
          <Name>under_review</Name>
          <Title>قيد الدراسة / Under review</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>UNDER_REVIEW</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PointSymbolizer><Graphic>
            <Mark><WellKnownName>triangle</WellKnownName><Fill><CssParameter name="fill">#A6CEE3</CssParameter></Fill><Stroke><CssParameter name="stroke">#333333</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke></Mark>
            <Size>10</Size>
          </Graphic></PointSymbolizer>
        </Rule>
        <Rule>
          <Name>more_information_requested</Name>
          <Title>مطلوب معلومات إضافية / More information requested</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>MORE_INFORMATION_REQUESTED</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PointSymbolizer><Graphic>
            <Mark><WellKnownName>triangle</WellKnownName><Fill><CssParameter name="fill">#FF7F00</CssParameter></Fill><Stroke><CssParameter name="stroke">#333333</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke></Mark>
            <Size>10</Size>
          </Graphic></PointSymbolizer>
        </Rule>
        <Rule>
          <Name>approved</Name>
          <Title>موافق عليه / Approved</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>APPROVED</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PointSymbolizer><Graphic>
            <Mark><WellKnownName>triangle</WellKnownName><Fill><CssParameter name="fill">#33A02C</CssParameter></Fill><Stroke><CssParameter name="stroke">#333333</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke></Mark>
            <Size>10</Size>
          </Graphic></PointSymbolizer>
        </Rule>
        <Rule>
          <Name>rejected</Name>
          <Title>مرفوض / Rejected</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>REJECTED</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PointSymbolizer><Graphic>
            <Mark><WellKnownName>triangle</WellKnownName><Fill><CssParameter name="fill">#E31A1C</CssParameter></Fill><Stroke><CssParameter name="stroke">#333333</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke></Mark>
            <Size>10</Size>
          </Graphic></PointSymbolizer>
        </Rule>
        <Rule>
          <Name>label-reference</Name>
          <Title>رقم الطلب / Reference</Title>
          <MaxScaleDenominator>25000</MaxScaleDenominator>
          <TextSymbolizer>
            <Label><ogc:PropertyName>reference</ogc:PropertyName></Label>
            <Font><CssParameter name="font-family">DejaVu Sans</CssParameter><CssParameter name="font-size">9</CssParameter></Font>
            <LabelPlacement><PointPlacement><Displacement><DisplacementX>0</DisplacementX><DisplacementY>-10</DisplacementY></Displacement></PointPlacement></LabelPlacement>
            <Halo><Radius>1.5</Radius><Fill><CssParameter name="fill">#FFFFFF</CssParameter></Fill></Halo>
            <Fill><CssParameter name="fill">#222222</CssParameter></Fill>
          </TextSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
