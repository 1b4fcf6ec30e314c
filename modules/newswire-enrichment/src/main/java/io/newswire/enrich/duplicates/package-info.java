/**
 * Exact and near-duplicate detection over an article's normalised text: {@link
 * io.newswire.enrich.duplicates.TextSignature} (a content fingerprint, a one-permutation MinHash
 * sketch and its LSH band keys, a SimHash) built in one pass over the tokens by {@link
 * io.newswire.enrich.duplicates.Signatures}, and {@link io.newswire.enrich.duplicates.DuplicateIndex},
 * which answers "which earlier article is this a copy of" from the band keys; {@link
 * io.newswire.enrich.duplicates.DuplicatesStage} sets {@code duplicateOf} and {@code story} from a
 * {@link io.newswire.enrich.duplicates.DuplicateState} passed in (the index in memory, or the streams
 * app's stores).
 *
 * <p>Pure computation, no I/O: the index is explicit state owned by its caller (in memory over a
 * file for the offline command and the evaluation; the streams design keeps the same entries in state
 * stores). May import: {@code text}, the output model and the stage API.
 */
package io.newswire.enrich.duplicates;
