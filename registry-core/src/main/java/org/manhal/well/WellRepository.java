package org.manhal.well;

import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of wells; the spatial search lives in {@link WellSearch}. */
interface WellRepository extends JpaRepository<Well, Long> {
}
