/**
 * The reference-data loader the service runs at start-up: the data module's API.
 */
@NamedInterface("load")
package org.manhal.data.load;

import org.springframework.modulith.NamedInterface;
