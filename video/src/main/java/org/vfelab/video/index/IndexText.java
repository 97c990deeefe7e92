package org.vfelab.video.index;

import org.vfelab.core.data.DataFileException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an index file as strict UTF-8 text (a byte-order mark is dropped), failing with the file's name. */
final class IndexText {
    private IndexText() {
    }

    static String read(Path file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new DataFileException(file, "no such caption index (data.video.index)");
        } catch (CharacterCodingException e) {
            throw new DataFileException(file, "is not UTF-8 text");
        } catch (IOException e) {
            throw new DataFileException(file, "cannot read the caption index: " + e);
        }
    }
}
