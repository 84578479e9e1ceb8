package org.manhal.permit;

import java.time.Instant;

import org.locationtech.jts.geom.Geometry;
import org.manhal.application.ApplicationType;

/**
 * An application as the registry holds it.
 *
 * @param id database id
 * @param reference the human-readable reference, e.g. {@code WD-DA-2026-000123}
 * @param type what is applied for
 * @param status where it stands
 * @param location the proposed well or footprint, EPSG:4326
 * @param wilayat the wilayat code (spatial join), e.g. {@code OM-DA-NIZ}
 * @param governorate the governorate code, e.g. {@code OM-DA}
 * @param subjectWellId the well deepened or replaced, or null
 * @param wellId the registry well this application produced (permitted drilling or replacement,
 *        registered inventory well) or concerns (deepening), or null before a decision
 * @param proposed the proposed well
 * @param applicant personal data
 * @param submittedAt first submission
 * @param updatedAt last step
 * @param version optimistic version (the ETag)
 * @param decision the decision, or null
 * @param building a building permit's proposal, or null
 * @param submissionVerdictJson a building permit's zoning verdict at submission (JSON), or null
 */
public record Application(long id, String reference, ApplicationType type, ApplicationStatus status, Geometry location,
                          String wilayat, String governorate, Long subjectWellId, Long wellId, ProposedWell proposed,
                          Applicant applicant, Instant submittedAt, Instant updatedAt, long version, Decision decision,
                          BuildingProposal building, String submissionVerdictJson) {
}
