package gongkai.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Opens an address in the person's default browser with the system's own command (serve --open). */
final class Browser {

    private Browser() {
    }

    static boolean open(String address) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", address)
                : os.contains("mac") ? List.of("open", address) : List.of("xdg-open", address);
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
