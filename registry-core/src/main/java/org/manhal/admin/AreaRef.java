package org.manhal.admin;

import org.manhal.common.Text;

/**
 * An administrative area by id, code and name, without its geometry.
 *
 * @param id the database id
 * @param code {@code OM}, an ISO 3166-2 code such as {@code OM-MA}, or a wilayat code such as {@code OM-MA-SEB}
 * @param level country, governorate or wilayat
 * @param parentId the id of the governorate of a wilayat (null above)
 * @param name Arabic and English name
 */
public record AreaRef(long id, String code, AdminLevel level, Long parentId, Text name) {
}
