package io.newswire.model;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 reading of bytes whose charset is not known for sure: ingest's file and page readers and the
 * extraction evaluation decide a page's charset the same way through these two methods.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** The length of a UTF-8 byte-order mark at the start of {@code bytes}: 3, or 0 when there is none. */
    public static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
    }

    /** {@code bytes} from {@code offset} on as UTF-8, or {@code null} when they hold one malformed sequence. */
    public static String strict(byte[] bytes, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The text of bytes that hold non-ASCII characters and are valid UTF-8 (a UTF-8 byte-order mark left out), or
     * {@code null}: such bytes are UTF-8 whatever a page declares, since legacy multi-byte text (GBK, Shift_JIS,
     * Windows-1251, Latin-1 accents) is practically never valid UTF-8, while pages re-encoded to UTF-8 often keep
     * their old declaration. All-ASCII bytes give {@code null}: the declaration decides them.
     */
    public static String ifNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return strict(bytes, bomLength(bytes));
            }
        }
        return null;
    }
}
