package gongkai.importer;

import static gongkai.importer.ImportLimits.MAX_INFLATED_BYTES;
import static gongkai.importer.ImportLimits.MAX_PARTS;
import static gongkai.importer.ImportLimits.MAX_PART_BYTES;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The zip stream POI reads a DOCX or XLSX from, refusing the file the moment a part inflates past
 * {@link ImportLimits}: POI's own guards (ZipSecureFile) are process-wide settings whose size limit defaults
 * to 4 GB, so the limits are kept here, per file, with a message an editor can act on.
 */
final class BoundedZipInput extends ZipArchiveInputStream {

    /** POI checks the inflation ratio only past this size (ZipArchiveThresholdInputStream's grace); so does this. */
    private static final long RATIO_GRACE_BYTES = 100 * 1024;

    private final String file;
    private final String app;
    private final String format;
    private String part = "";
    private int parts;
    private long partBytes;
    private long totalBytes;

    /** file names the file in messages; app and format ("Excel", "XLSX") say what to re-save it with. */
    BoundedZipInput(InputStream in, String file, String app, String format) {
        // The arguments POI's ZipHelper.openZipStream gives: UTF-8 names, stored entries with data descriptors allowed.
        super(in, StandardCharsets.UTF_8.name(), false, true);
        this.file = file;
        this.app = app;
        this.format = format;
    }

    @Override
    public ZipArchiveEntry getNextZipEntry() throws IOException {
        ZipArchiveEntry entry = super.getNextZipEntry();
        if (entry != null) {
            if (++parts > MAX_PARTS) {
                throw refused("文件由超过 " + MAX_PARTS + " 个部件组成");
            }
            part = entry.getName();
            partBytes = 0;
        }
        return entry;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            partBytes += n;
            totalBytes += n;
            if (partBytes > MAX_PART_BYTES) {
                throw refused("文件中的“" + part + "”解压后超过 " + MAX_PART_BYTES / 1024 / 1024 + " MB");
            }
            if (totalBytes > MAX_INFLATED_BYTES) {
                throw refused("文件解压后超过 " + MAX_INFLATED_BYTES / 1024 / 1024 + " MB");
            }
            double ratio = ZipSecureFile.getMinInflateRatio();
            if (partBytes > RATIO_GRACE_BYTES && getCompressedCount() < partBytes * ratio) {
                throw refused("文件中的“" + part + "”解压后是压缩时的 " + Math.round(1 / ratio) + " 倍以上，不像是正常的文件");
            }
        }
        return n;
    }

    private ImportFailure refused(String what) {
        return new ImportFailure(file, 0, what + "，不能导入。任务分解表解压后通常只有几 MB：文件可能已损坏，或含有大量多余的内容。请在 "
                + app + "（或 WPS）中打开，删去多余的内容和图片，另存为 " + format + " 后再导入。");
    }
}
