/** Guice wiring shared by every entry point: the core registrations, the plugin catalog and the per-trial module. */
package org.vfelab.core.wiring;
