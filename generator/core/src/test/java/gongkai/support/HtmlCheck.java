package gongkai.support;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;

/** Built pages checked by the Nu HTML Checker, as the W3C's validator checks them. */
public final class HtmlCheck {

    private HtmlCheck() {
    }

    /** The checker's errors on these pages of the site (paths of files), each named by its page; none when valid. */
    public static List<String> errors(TestSite site, List<String> paths) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        List<String> errors = new ArrayList<>();
        for (String path : paths) {
            try {
                for (String line : validator.validate(new ByteArrayInputStream(site.bytes(path))).split("\n")) {
                    if (line.contains("error:") || line.contains("fatal:")) {
                        errors.add(path + " " + line);
                    }
                }
            } catch (Exception e) {
                errors.add(path + " " + e);
            }
        }
        return errors;
    }
}
