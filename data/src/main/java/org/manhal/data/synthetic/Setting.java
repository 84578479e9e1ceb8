package org.manhal.data.synthetic;

/** Where a well is, which shapes what it is used for: farms and homes, or remote desert. */
enum Setting {
    INHABITED,
    REMOTE
}
