package org.manhal.admin;

/** The levels of Oman's administrative geography. */
public enum AdminLevel {
    COUNTRY, GOVERNORATE, WILAYAT
}
