/** Video backbones: each one class that turns tubelet tokens into clip features, bound by name in {@link org.vfelab.backbones.BackbonesModule}. */
package org.vfelab.backbones;
