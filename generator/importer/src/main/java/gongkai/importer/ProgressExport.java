package gongkai.importer;

import gongkai.build.Build;
import gongkai.check.UnitDirectory;
import gongkai.diagnostics.Problems;
import gongkai.graph.Assignment;
import gongkai.graph.SiteGraph;
import gongkai.model.Deadline;
import gongkai.model.Role;
import gongkai.model.Status;
import gongkai.model.Task;
import gongkai.model.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the progress sheet for one unit (or every unit): a row per task it owes, with its id, the task as
 * reference, and empty 截至日期, 落实情况 and 状态 columns to fill in. gongkai import of the filled sheet adds the
 * rows as dated updates, matched by 任务ID. The file is the same bytes for the same content.
 */
public final class ProgressExport {

    static {
        PoiLogging.quiet();
    }

    /** The columns, in order; import finds them again by these words. */
    static final List<String> COLUMNS = List.of("任务ID", "计划", "编号", "任务", "本单位角色", "完成时限", "当前状态",
            "报送单位", "截至日期", "落实情况", "状态");

    private ProgressExport() {
    }

    public record Result(Path file, int rows, List<String> report) {
    }

    /** unit is a name or id, or null for every task; planId limits to one plan when not null. */
    public static Result run(Build.Options build, String unit, String planId, Path output) {
        Problems problems = new Problems();
        Optional<Build.Loaded> loaded = Build.load(build, problems);
        if (loaded.isEmpty()) {
            List<gongkai.diagnostics.Problem> list = new ArrayList<>(problems.sorted());
            list.add(new gongkai.diagnostics.Problem("content", 0, 0, "内容有上面这些问题，请先修正（gongkai build 可以检查），再导出。"));
            throw new ImportFailure(list);
        }
        SiteGraph graph = loaded.get().graph();
        if (planId != null && graph.plan(planId) == null) {
            throw new ImportFailure("--plan", 0, "没有 id 为“" + planId + "”的计划。已有：" + String.join("、",
                    graph.content().plans().stream().map(p -> p.id()).toList()) + "。");
        }
        Unit u = unit == null ? null : unit(graph, unit);
        Map<Task, String> rows = new LinkedHashMap<>();
        if (u != null) {
            for (Assignment a : graph.assignments(u.id())) {
                if (planId == null || a.task().planId().equals(planId)) {
                    String role = roleName(a.role()) + (a.viaGroupId() == null ? "" : "（通过" + graph.unit(a.viaGroupId()).name() + "）");
                    rows.merge(a.task(), role, (x, y) -> x + "；" + y);
                }
            }
        } else {
            for (Task t : graph.content().tasks()) {
                if ((planId == null || t.planId().equals(planId)) && graph.children(t).isEmpty()) {
                    rows.put(t, units(graph, t));
                }
            }
        }
        if (rows.isEmpty()) {
            throw new ImportFailure(u == null ? "--plan" : "--unit", 0, (u == null ? "这个计划" : "“" + u.name() + "”")
                    + "没有需要报送落实情况的任务，没有导出。");
        }
        byte[] bytes = workbook(graph, u, rows, output.toString());
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(output, bytes);
        } catch (IOException e) {
            throw new ImportFailure(output.toString(), 0, "无法写入文件：" + e.getMessage());
        }
        List<String> report = List.of("已导出 " + rows.size() + " 项任务到 " + output + (u == null ? "" : "（" + u.name() + "）") + "。",
                "请在“截至日期”“落实情况”“状态”三栏填写后，用 gongkai import " + output.getFileName() + " 导回；其余各栏请勿改动。");
        return new Result(output, rows.size(), report);
    }

    private static Unit unit(SiteGraph graph, String nameOrId) {
        UnitDirectory directory = new UnitDirectory(graph.content().units());
        UnitDirectory.Lookup lookup = directory.resolve(nameOrId.strip(), null);
        if (lookup.found()) {
            return lookup.unit();
        }
        if (!lookup.candidates().isEmpty()) {
            throw new ImportFailure("--unit", 0, "单位名称“" + nameOrId + "”有多个：" + String.join("、",
                    lookup.candidates().stream().map(c -> c.name() + "（" + c.id() + "）").toList()) + "。请改用其中一个的 id。");
        }
        List<String> close = directory.suggest(nameOrId, null, 3);
        throw new ImportFailure("--unit", 0, "未知单位“" + nameOrId + "”。" + (close.isEmpty() ? "" : "最接近的：" + String.join("、", close) + "。"));
    }

    private static String roleName(Role role) {
        return switch (role) {
            case LEAD -> "牵头";
            case RESPONSIBLE -> "负责";
            case SUPPORT -> "配合";
        };
    }

    private static String units(SiteGraph graph, Task t) {
        List<String> parts = new ArrayList<>();
        for (Role r : Role.values()) {
            List<String> names = t.unitIds(r).stream().map(id -> graph.unit(id).name()).toList();
            if (!names.isEmpty()) {
                parts.add(roleName(r) + "：" + String.join("、", names));
            }
        }
        return String.join("；", parts);
    }

    /** The number as the site shows it: a sub-item's after its parent's, 11（2）. */
    static String number(SiteGraph graph, Task t) {
        if (t.parentId() == null) {
            return t.number();
        }
        Task parent = graph.task(t.planId(), t.parentId());
        return (parent == null ? "" : parent.number()) + t.number();
    }

    private static String deadline(Deadline d) {
        if (d.ongoing()) {
            return d.text().isEmpty() ? "长期" : d.text();
        }
        if (d.date() != null) {
            return d.text().isEmpty() ? d.date().toString() : d.text() + "（" + d.date() + "）";
        }
        return d.text();
    }

    private static byte[] workbook(SiteGraph graph, Unit unit, Map<Task, String> rows, String name) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Date stamp = Date.from(graph.asOf().atStartOfDay().toInstant(ZoneOffset.UTC));
            book.getProperties().getCoreProperties().setCreated(Optional.of(stamp));
            book.getProperties().getCoreProperties().setModified(Optional.of(stamp));
            book.getProperties().getCoreProperties().setCreator("gongkai");
            book.getProperties().getCoreProperties().setTitle("落实情况报送表" + (unit == null ? "" : "：" + unit.name()));
            XSSFSheet sheet = book.createSheet("落实情况");
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle fill = book.createCellStyle();
            fill.cloneStyleFrom(wrap);
            fill.setBorderBottom(BorderStyle.THIN);
            fill.setBorderTop(BorderStyle.THIN);
            fill.setBorderLeft(BorderStyle.THIN);
            fill.setBorderRight(BorderStyle.THIN);
            fill.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            XSSFRow head = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                XSSFCell cell = head.createCell(c);
                cell.setCellValue(c == 4 && unit == null ? "单位及角色" : COLUMNS.get(c));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (Map.Entry<Task, String> e : rows.entrySet()) {
                Task t = e.getKey();
                XSSFRow row = sheet.createRow(r++);
                String[] values = {t.key(), graph.plan(t.planId()).title(), number(graph, t), t.title(), e.getValue(),
                    deadline(t.deadline()), graph.config().label(t.status()), unit == null ? "" : unit.name(), "", "", ""};
                for (int c = 0; c < values.length; c++) {
                    XSSFCell cell = row.createCell(c);
                    cell.setCellValue(values[c]);
                    cell.setCellStyle(c >= 7 ? fill : wrap);
                }
            }
            int[] widths = {22, 24, 8, 36, 16, 14, 10, 16, 12, 60, 10};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            String[] labels = new String[Status.values().length - 1];
            int i = 0;
            for (Status s : Status.values()) {
                if (s != Status.NOT_REPORTED) {
                    labels[i++] = graph.config().label(s);
                }
            }
            DataValidation v = helper.createValidation(helper.createExplicitListConstraint(labels),
                    new CellRangeAddressList(1, Math.max(1, r - 1), 10, 10));
            v.setShowErrorBox(true);
            sheet.addValidationData(v);
            XSSFSheet help = book.createSheet("填写说明");
            String[] lines = {
                "1. 每行是一项任务。请在“截至日期”“落实情况”“状态”三栏（浅黄色）填写，其余各栏只供对照，请勿改动。",
                "2. “截至日期”写成 2019-06-30 的形式，是这条落实情况截至的日期；不填时可在导入时用 --report-date 统一指定。",
                "3. “状态”从下拉框中选：" + String.join("、", labels) + "。",
                "4. 没有新进展的任务，三栏都空着即可，导入时跳过。",
                "5. 填好后保存为 XLSX，交给网站编辑用 gongkai import 导入。任务ID 用来对应任务，请勿修改或删除。"};
            for (int l = 0; l < lines.length; l++) {
                help.createRow(l).createCell(0).setCellValue(lines[l]);
            }
            help.setColumnWidth(0, 110 * 256);
            book.write(out);
            return StableZip.of(out.toByteArray());
        } catch (IOException e) {
            throw new ImportFailure(name, 0, "无法生成表格：" + e.getMessage());
        }
    }
}
