/** The picocli command line of vfe-lab. */
package org.vfelab.experiments.cli;
