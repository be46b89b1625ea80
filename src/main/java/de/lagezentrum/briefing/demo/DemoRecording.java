package de.lagezentrum.briefing.demo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The demo's recording of a held briefing: who says what when, as WebVTT captions, and as a WAV file
 * (16-bit PCM, mono, 16 kHz) synthesised in memory, in which each speaker has a voice of its own pitch
 * that rises and falls in syllables and pauses between speakers. Nothing is stored in the repository;
 * the file is made when the demo loads.
 */
final class DemoRecording {

    static final int SAMPLE_RATE = 16_000;

    /** What the mayor and the department heads say, one cue after the other, four seconds each. */
    static final List<Cue> CUES = List.of(
            new Cue(0, 4, "Dr. Julia Berger", 196,
                    "Guten Tag und willkommen zum Pressebriefing. Seit Montag sind 120 Geflüchtete neu in Musterstadt angekommen."),
            new Cue(4, 8, "Dr. Julia Berger", 196,
                    "Alle haben ein Dach über dem Kopf, niemand musste im Freien übernachten."),
            new Cue(8, 12, "Beate Sommer", 233,
                    "Die Turnhalle Nord und die beiden Gemeinschaftsunterkünfte sind zu 85 Prozent belegt; rund 60 Plätze sind frei."),
            new Cue(12, 16, "Ali Karimi", 131,
                    "Registriert wird im Bürgeramt Mitte, montags bis samstags von 8 bis 18 Uhr. Niemand wartet länger als einen Tag."),
            new Cue(16, 20, "Petra Lang", 262,
                    "Das Gesundheitsamt hält täglich eine Sprechstunde in der Turnhalle Nord; ab Montag gibt es Impfangebote."));

    /** Seconds of quiet at the end of each cue, before the next speaker. */
    private static final double PAUSE = 0.4;
    private static final double SYLLABLES_PER_SECOND = 4;
    private static final int LOUDNESS = 11_000;

    private DemoRecording() {
    }

    /** How long the recording is, in seconds. */
    static int seconds() {
        return (int) CUES.get(CUES.size() - 1).end();
    }

    /** The recording as a WAV file. */
    static byte[] wav() {
        int frames = seconds() * SAMPLE_RATE;
        ByteBuffer wav = ByteBuffer.allocate(44 + frames * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RIFF")).putInt(36 + frames * 2).put(ascii("WAVE"));
        wav.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1).putInt(SAMPLE_RATE)
                .putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
        wav.put(ascii("data")).putInt(frames * 2);
        for (int frame = 0; frame < frames; frame++) {
            double at = (double) frame / SAMPLE_RATE;
            wav.putShort(sample(cueAt(at), at));
        }
        return wav.array();
    }

    /** The captions: one cue per sentence, with the speaker as WebVTT voice. */
    static String captions() {
        StringBuilder captions = new StringBuilder("WEBVTT\n");
        for (int index = 0; index < CUES.size(); index++) {
            Cue cue = CUES.get(index);
            captions.append('\n').append(index + 1).append('\n').append(time(cue.start())).append(" --> ")
                    .append(time(cue.end())).append('\n').append("<v ").append(cue.speaker()).append('>')
                    .append(cue.text()).append('\n');
        }
        return captions.toString();
    }

    /** What is said between two seconds of the recording, the cues' texts joined. */
    static String transcript(double from, double to) {
        return String.join(" ", CUES.stream().filter(cue -> cue.start() >= from && cue.end() <= to)
                .map(Cue::text).toList());
    }

    private static Cue cueAt(double at) {
        return CUES.stream().filter(cue -> at < cue.end()).findFirst().orElse(CUES.get(CUES.size() - 1));
    }

    /**
     * A voice: the pitch and two overtones, loud in the middle of each syllable and silent between them
     * (so a step of pitch from one syllable to the next does not click), quiet in the pause.
     */
    private static short sample(Cue cue, double at) {
        double spoken = at - cue.start();
        if (spoken >= cue.end() - cue.start() - PAUSE) {
            return 0;
        }
        double syllable = Math.sin(Math.PI * spoken * SYLLABLES_PER_SECOND);
        int syllableIndex = (int) (spoken * SYLLABLES_PER_SECOND);
        double pitch = cue.pitch() * (1 + 0.06 * (syllableIndex % 3));
        double voice = 0.6 * Math.sin(2 * Math.PI * pitch * at) + 0.3 * Math.sin(4 * Math.PI * pitch * at)
                + 0.1 * Math.sin(6 * Math.PI * pitch * at);
        return (short) Math.round(syllable * syllable * voice * LOUDNESS);
    }

    private static String time(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d.%03d", millis / 60_000, millis / 1000 % 60, millis % 1000);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * One sentence of the recording.
     *
     * @param start where it begins, in seconds
     * @param end where it ends, in seconds
     * @param speaker who says it, as in the captions
     * @param pitch the speaker's voice, in hertz
     */
    record Cue(double start, double end, String speaker, double pitch, String text) {
    }
}
