package org.manhal.permit;

import org.locationtech.jts.geom.Geometry;
import org.manhal.application.ApplicationType;

/**
 * An application as filed.
 *
 * @param type what is applied for
 * @param location the proposed well (a Point) or, for a building permit, the footprint; EPSG:4326
 *        lon/lat. For a deepening it may be null: the well's registered location is taken.
 * @param subjectWellId the registry well concerned: deepened, or replaced (then backfilled);
 *        null for drilling and registration
 * @param proposed the proposed well
 * @param applicant who applies (personal data)
 * @param idempotencyKey the client's key for this submission: the same key again is the same
 *        application (1 to 200 characters)
 * @param fingerprint a digest of the request as the client sent it, to tell a retry from a
 *        different request under a reused key
 * @param building for a building permit, the rest of the proposal (location is the footprint); else null
 */
public record Submission(ApplicationType type, Geometry location, Long subjectWellId, ProposedWell proposed,
                         Applicant applicant, String idempotencyKey, String fingerprint, BuildingProposal building) {
}
