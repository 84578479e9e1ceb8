-- Manhal schema, part 45: the login role of the map servers (issue 10, WMS/WFS through MapServer).
--
-- MapServer (and a site's GeoServer datastore) connect to the database themselves, with a libpq
-- connection string: they cannot switch roles as the service does (V40: SET LOCAL ROLE
-- manhal_publisher), so they log in as manhal_ows, a member of manhal_publisher that inherits its
-- rights and has none of its own: it reads the publication views of schema pub and nothing else
-- (OwsRoleIntegrationTests checks every table of the registry).
--
-- The role is the cluster's (another database of the cluster may have made it). It is made
-- without a password: the service sets it at start (manhal.ows.db-password, by default derived
-- from the service's own database password) when its role may; otherwise a database
-- administrator runs  ALTER ROLE manhal_ows PASSWORD '…'  once (docs/publishing-ows.md).
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'manhal_ows') then
        begin
            create role manhal_ows login inherit nocreatedb nocreaterole noreplication connection limit 40;
        exception when insufficient_privilege then
            raise notice 'could not create the role manhal_ows: a database administrator must (docs/publishing-ows.md)';
            return;
        end;
    end if;
    begin
        grant manhal_publisher to manhal_ows;
        -- A map request that runs away is stopped by the database too, not only by the proxy's timeout.
        alter role manhal_ows set statement_timeout = '60s';
    exception when insufficient_privilege then
        raise notice 'could not grant manhal_publisher to manhal_ows: a database administrator must (docs/publishing-ows.md)';
    end;
end
$$;
