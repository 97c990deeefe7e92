/** Decoded clips on disk, keyed by file and recipe, so that a sweep decodes each video once. */
package org.vfelab.video.cache;
