package dev.streamstarter.reliability;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Good records with bad ones among them, at random places: malformed JSON, a value of the wrong
 * type ({@code "amount":"abc"}) and bytes that are not UTF-8, the same number of each. Every record
 * carries an id, so that a bad one read as good would show in the sink.
 */
record PoisonPill(List<byte[]> values, List<String> goodIds, List<String> badIds, List<ByteBuffer> badValues,
        int perKind) {

    static PoisonPill among(List<Event> good, int perKind, Random random) {
        List<byte[]> values = new ArrayList<>(good.stream().map(event -> event.value(true)).toList());
        List<String> badIds = new ArrayList<>();
        List<ByteBuffer> badValues = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            Event event = good.get(random.nextInt(good.size()));
            List<byte[]> bad = List.of(
                    utf8("{\"id\":\"bad-json-" + i + "\",\"user\":\"" + event.user() + "\",\"action\":"),
                    utf8(event.json(true).replace("\"id\":\"" + event.id() + "\"", "\"id\":\"bad-type-" + i + "\"")
                            .replaceFirst("\"amount\":[^,]*", "\"amount\":\"abc\"")),
                    notUtf8("{\"id\":\"bad-utf8-" + i + "\",\"user\":\"",
                            "\",\"action\":\"view\",\"amount\":1.0,\"ts\":\"" + event.ts() + "\"}"));
            badIds.addAll(List.of("bad-json-" + i, "bad-type-" + i, "bad-utf8-" + i));
            for (byte[] value : bad) {
                badValues.add(ByteBuffer.wrap(value));
                values.add(random.nextInt(values.size() + 1), value);
            }
        }
        return new PoisonPill(values, good.stream().map(Event::id).toList(), badIds, badValues, perKind);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The text's bytes with 0xFF 0xFE between its two parts: never valid UTF-8. */
    private static byte[] notUtf8(String before, String after) {
        byte[] head = utf8(before);
        byte[] tail = utf8(after);
        byte[] value = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, value, 0, head.length);
        value[head.length] = (byte) 0xFF;
        value[head.length + 1] = (byte) 0xFE;
        System.arraycopy(tail, 0, value, head.length + 2, tail.length);
        return value;
    }
}
