package gongkai.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens DOCX and XLSX files with Apache POI and turns every way that can fail into a message an editor
 * can act on: a password-protected file, an old .doc/.xls file, a damaged file, a file that inflates past
 * {@link ImportLimits} (read through {@link BoundedZipInput}; a Word body is counted by {@link DocxScan} first).
 */
final class OfficeFiles {

    static {
        PoiLogging.quiet();
    }

    private OfficeFiles() {
    }

    static XWPFDocument docx(String file, byte[] bytes) {
        check(file, bytes, "Word", "DOCX", ".doc");
        OPCPackage pkg = open(file, bytes, "Word", "DOCX");
        try {
            DocxScan.check(file, pkg);
            return new XWPFDocument(pkg);
        } catch (ImportFailure f) {
            pkg.revert();
            throw f;
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw damaged(file, "Word", "DOCX");
        }
    }

    static XSSFWorkbook xlsx(String file, byte[] bytes) {
        check(file, bytes, "Excel", "XLSX", ".xls");
        OPCPackage pkg = open(file, bytes, "Excel", "XLSX");
        try {
            return new XSSFWorkbook(pkg);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw damaged(file, "Excel", "XLSX");
        }
    }

    /** The package with every part inflated, as POI's own stream reading does, but within the limits. */
    private static OPCPackage open(String file, byte[] bytes, String app, String format) {
        BoundedZipInput zip = new BoundedZipInput(new ByteArrayInputStream(bytes), file, app, format);
        try (ZipArchiveThresholdInputStream in = new ZipArchiveThresholdInputStream(zip)) {
            return OPCPackage.open(new ZipInputStreamZipEntrySource(in));
        } catch (ImportFailure f) {
            throw f;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw damaged(file, app, format);
        }
    }

    /** Zip-based OOXML is expected; an OLE2 container is either an encrypted OOXML file or the old binary format. */
    private static void check(String file, byte[] bytes, String app, String format, String oldSuffix) {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw damaged(file, app, format);
        }
        if (magic == FileMagic.OLE2) {
            if (encrypted(bytes)) {
                throw new ImportFailure(file, 0, "文件设有打开密码，无法读取。请在 " + app
                        + "（或 WPS）中打开它，取消密码后另存为 " + format + "，再导入。");
            }
            throw new ImportFailure(file, 0, "这是旧版 " + app + " 文件（" + oldSuffix + "），不能直接导入。请在 "
                    + app + "（或 WPS）中“另存为” " + format + " 格式后再导入。");
        }
        if (magic != FileMagic.OOXML) {
            throw damaged(file, app, format);
        }
    }

    private static boolean encrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static ImportFailure damaged(String file, String app, String format) {
        return new ImportFailure(file, 0, "文件已损坏，或不是 " + format + " 格式，无法读取。请在 " + app
                + "（或 WPS）中打开并重新“另存为” " + format + "，再导入；如果不是 " + format + " 文件，请用 --format 指明格式。");
    }
}
