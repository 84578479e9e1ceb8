<?xml version="1.0" encoding="UTF-8"?>
<!-- Style of the Manhal layer "restricted-zones" (SLD 1.0, the subset MapServer 8 and GeoServer both read:
     one FeatureTypeStyle, simple marks, comparison filters, PropertyName labels). Rule titles
     are Arabic and English; labels are drawn in both languages where the layer has names. -->
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>restricted-zones</Name>
    <UserStyle>
      <Name>restricted-zones</Name>
      <Title>المناطق المقيدة ومناطق الحماية / Restricted and protection zones</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>wpz_red</Name>
          <Title>منطقة حماية حقل الآبار (النطاق الأحمر) / Well-field protection zone (red)</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>WPZ_RED</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#D7301F</CssParameter><CssParameter name="fill-opacity">0.3</CssParameter></Fill>
            <Stroke><CssParameter name="stroke">#D7301F</CssParameter><CssParameter name="stroke-width">1.2</CssParameter></Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>wpz_orange</Name>
          <Title>منطقة حماية حقل الآبار (النطاق البرتقالي) / Well-field protection zone (orange)</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>WPZ_ORANGE</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#FC8D59</CssParameter><CssParameter name="fill-opacity">0.3</CssParameter></Fill>
            <Stroke><CssParameter name="stroke">#FC8D59</CssParameter><CssParameter name="stroke-width">1.2</CssParameter></Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>no_new_wells_zone</Name>
          <Title>منطقة يحظر فيها حفر آبار جديدة / No-new-wells zone</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>NO_NEW_WELLS_ZONE</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#7A0177</CssParameter><CssParameter name="fill-opacity">0.3</CssParameter></Fill>
            <Stroke><CssParameter name="stroke">#7A0177</CssParameter><CssParameter name="stroke-width">1.2</CssParameter></Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>replacement_only_zone</Name>
          <Title>منطقة يسمح فيها باستبدال الآبار فقط / Replacement-only zone</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>REPLACEMENT_ONLY_ZONE</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#C51B8A</CssParameter><CssParameter name="fill-opacity">0.3</CssParameter></Fill>
            <Stroke><CssParameter name="stroke">#C51B8A</CssParameter><CssParameter name="stroke-width">1.2</CssParameter></Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>study_required_zone</Name>
          <Title>منطقة تتطلب دراسة هيدروجيولوجية / Study-required zone</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>STUDY_REQUIRED_ZONE</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#FEB24C</CssParameter><CssParameter name="fill-opacity">0.3</CssParameter></Fill>
            <Stroke><CssParameter name="stroke">#FEB24C</CssParameter><CssParameter name="stroke-width">1.2</CssParameter></Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>label-ar</Name>
          <Title>التسمية بالعربية / Arabic label</Title>
          <MaxScaleDenominator>500000</MaxScaleDenominator>
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
          <MaxScaleDenominator>500000</MaxScaleDenominator>
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
