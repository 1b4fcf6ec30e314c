/**
 * Evaluations on labelled data kept outside the repository ({@code ../shared/data}), model training
 * and knowledge-base building. Part of the tools jar, never the product; each evaluation skips with a
 * message when its data is absent. Figures go to {@code docs/EVALUATION.md}.
 */
package io.newswire.eval;
