package org.manhal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.manhal.crs.Crs;
import org.manhal.data.admin.AdminBoundaries;
import org.manhal.data.synthetic.SyntheticAreas;
import org.manhal.rules.SpacingRequest;

/**
 * The data module depends on no other module, so it declares WGS 84's SRID and factory itself
 * ({@link AdminBoundaries#SRID}); the pure rules engine holds the number for the rest
 * ({@link SpacingRequest#WGS84_SRID}, read by {@link Crs}). They must be the same.
 */
class CrsAgreementUnitTests {

    @Test
    void theDataModuleUsesTheRegistrysSridAndPrecision() {
        assertThat(AdminBoundaries.SRID).isEqualTo(Crs.WGS84_SRID).isEqualTo(SpacingRequest.WGS84_SRID);
        assertThat(AdminBoundaries.WGS84.getSRID()).isEqualTo(Crs.WGS84.getSRID());
        assertThat(AdminBoundaries.WGS84.getPrecisionModel()).isEqualTo(Crs.WGS84.getPrecisionModel());
        assertThat(SyntheticAreas.WGS84).isSameAs(AdminBoundaries.WGS84);
    }
}
