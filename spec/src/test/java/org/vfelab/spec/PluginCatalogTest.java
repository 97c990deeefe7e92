package org.vfelab.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PluginCatalogTest {
    @Test
    void absentKindsAreUncheckedAndPresentOnesAreSorted() {
        PluginCatalog catalog = PluginCatalog.unchecked().with(PluginKind.BACKBONE, "lora", "joint");

        assertThat(catalog.known(PluginKind.LOSS)).isEmpty();
        assertThat(catalog.known(PluginKind.BACKBONE)).hasValueSatisfying(names ->
                assertThat(names).containsExactly("joint", "lora"));
        assertThat(PluginKind.SAMPLER.word()).isEqualTo("sampler");
    }

    @Test
    void theCatalogIsACopy() {
        Map<PluginKind, SortedSet<String>> names = new EnumMap<>(PluginKind.class);
        names.put(PluginKind.LOSS, new TreeSet<>(List.of("infonce")));
        PluginCatalog catalog = new PluginCatalog(names, List.of());
        names.get(PluginKind.LOSS).add("sigmoid");

        assertThat(catalog.known(PluginKind.LOSS).orElseThrow()).containsExactly("infonce");
        assertThatThrownBy(() -> catalog.names().get(PluginKind.LOSS).add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
