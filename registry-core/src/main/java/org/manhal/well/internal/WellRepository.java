package org.manhal.well.internal;

import org.manhal.well.Well;

import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of wells; the spatial search lives in {@link WellSearch}. */
public interface WellRepository extends JpaRepository<Well, Long> {
}
