-- Manhal schema, part 21: the uses of a zone rule are org.manhal.zoning.BuildingUse codes, checked
-- by the database too (a loader or plain SQL cannot write a code the check would not read);
-- compared with the Java enum by EnumCheckConstraintsIntegrationTests.
alter table zone_rule
    add constraint zone_rule_permitted_uses_check check (permitted_uses <@ array['RESIDENTIAL', 'RESIDENTIAL_COMMERCIAL',
        'COMMERCIAL', 'LIGHT_INDUSTRIAL', 'HEAVY_INDUSTRIAL', 'WAREHOUSE', 'WORKERS_HOUSING', 'AGRICULTURAL', 'TOURISM',
        'PUBLIC_SERVICES']::text[]),
    add constraint zone_rule_conditional_uses_check check (conditional_uses <@ array['RESIDENTIAL', 'RESIDENTIAL_COMMERCIAL',
        'COMMERCIAL', 'LIGHT_INDUSTRIAL', 'HEAVY_INDUSTRIAL', 'WAREHOUSE', 'WORKERS_HOUSING', 'AGRICULTURAL', 'TOURISM',
        'PUBLIC_SERVICES']::text[]);
