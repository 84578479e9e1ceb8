<?xml version="1.0" encoding="UTF-8"?>
<!-- Style of the Manhal layer "protected-features" (SLD 1.0, the subset MapServer 8 and GeoServer both read:
     one FeatureTypeStyle, simple marks, comparison filters, PropertyName labels). Rule titles
     are Arabic and English; labels are drawn in both languages where the layer has names. -->
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>protected-features</Name>
    <UserStyle>
      <Name>protected-features</Name>
      <Title>المعالم المحمية ومصادر التلوث / Protected features and contamination sources</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>public_supply_well</Name>
          <Title>بئر إمداد عام بمياه الشرب / Public water-supply well</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>PUBLIC_SUPPLY_WELL</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PointSymbolizer><Graphic>
            <Mark><WellKnownName>triangle</WellKnownName><Fill><CssParameter name="fill">#0570B0</CssParameter></Fill><Stroke><CssParameter name="stroke">#333333</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke></Mark>
            <Size>9</Size>
          </Graphic></PointSymbolizer>
        </Rule>
        <Rule>
          <Name>septic_tank</Name>
          <Title>خزان الصرف الصحي / Septic tank</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>SEPTIC_TANK</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PointSymbolizer><Graphic>
            <Mark><WellKnownName>square</WellKnownName><Fill><CssParameter name="fill">#8C6D31</CssParameter></Fill><Stroke><CssParameter name="stroke">#333333</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke></Mark>
            <Size>9</Size>
          </Graphic></PointSymbolizer>
        </Rule>
        <Rule>
          <Name>fuel_station</Name>
          <Title>محطة تعبئة الوقود / Fuel station</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>FUEL_STATION</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PointSymbolizer><Graphic>
            <Mark><WellKnownName>square</WellKnownName><Fill><CssParameter name="fill">#E31A1C</CssParameter></Fill><Stroke><CssParameter name="stroke">#333333</CssParameter><CssParameter name="stroke-width">0.5</CssParameter></Stroke></Mark>
            <Size>9</Size>
          </Graphic></PointSymbolizer>
        </Rule>
        <Rule>
          <Name>label-ar</Name>
          <Title>التسمية بالعربية / Arabic label</Title>
          <MaxScaleDenominator>100000</MaxScaleDenominator>
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
          <MaxScaleDenominator>100000</MaxScaleDenominator>
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
