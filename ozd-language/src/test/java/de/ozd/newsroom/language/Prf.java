package de.ozd.newsroom.language;

/** Precision, recall and F1 from counts. */
record Prf(String name, int truePositives, int predicted, int gold) {

    double precision() {
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(
                "%-28s P %.3f  R %.3f  F1 %.3f  (tp %d, predicted %d, gold %d)",
                name, precision(), recall(), f1(), truePositives, predicted, gold);
    }
}
