package org.manhal.well;

import java.util.List;

/**
 * One page of a search.
 *
 * @param wells the wells of this page, by id
 * @param numberMatched how many wells match in all
 */
public record WellPage(List<Well> wells, long numberMatched) {
}
