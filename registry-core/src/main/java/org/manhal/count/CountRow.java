package org.manhal.count;

import org.manhal.common.Text;

/**
 * One line of a breakdown.
 *
 * @param key the code: an area code such as {@code OM-MA} or {@code OM-MA-SEB}, or a code-list
 *     value such as {@code AGRICULTURAL}; null for wells the registry has not assigned to an area
 * @param name the Arabic and English name or label
 * @param count wells, not deleted, of this key
 */
public record CountRow(String key, Text name, long count) {
}
