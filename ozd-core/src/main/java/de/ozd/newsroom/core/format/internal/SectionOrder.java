package de.ozd.newsroom.core.format.internal;

import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Section;
import java.util.ArrayList;
import java.util.List;

/** The order in which a package's sections are written: the source's order where known, else house order. */
final class SectionOrder {
    private SectionOrder() {}

    static List<Section> resolve(ArticlePackage pkg, List<Section> preferred) {
        List<Section> order = new ArrayList<>();
        for (Section s : preferred) {
            if (pkg.has(s) && !order.contains(s)) {
                order.add(s);
            }
        }
        for (Section s : Section.values()) {
            if (pkg.has(s) && !order.contains(s)) {
                order.add(insertionIndex(order, s), s);
            }
        }
        return order;
    }

    /** Before the first section that comes after {@code s} in house order, else at the end. */
    private static int insertionIndex(List<Section> order, Section s) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).ordinal() > s.ordinal()) {
                return i;
            }
        }
        return order.size();
    }
}
