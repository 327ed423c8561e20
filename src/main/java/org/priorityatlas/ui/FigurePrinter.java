package org.priorityatlas.ui;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import org.priorityatlas.export.ExportException;
import org.priorityatlas.export.Exporter;
import org.priorityatlas.export.FigureRequest;
import org.priorityatlas.export.FigureSpec;
import org.priorityatlas.export.MapFigure;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * "Print…": the same figure, landscape, scaled to the printable area. The print dialog needs the FX
 * thread; building the figure does too, but sending the page does not, since the figure's scene is never
 * shown.
 */
final class FigurePrinter {
    private FigurePrinter() {
    }

    static void print(Window owner, FigureSpec spec, Function<FigureSpec, FigureRequest> request,
                      BiConsumer<String, ExportDialog.ExportStep> background, Consumer<String> notice) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            notice.accept("No printer is available.");
            return;
        }
        Printer printer = job.getPrinter();
        job.getJobSettings().setPageLayout(printer.createPageLayout(job.getJobSettings().getPageLayout().getPaper(),
                PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT));
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        background.accept("Printing...", () -> {
            MapFigure figure = Exporter.figure(request.apply(spec));
            PageLayout page = job.getJobSettings().getPageLayout();
            double scale = Math.min(page.getPrintableWidth() / spec.width(), page.getPrintableHeight() / spec.height());
            figure.getTransforms().add(new Scale(scale, scale));
            if (!job.printPage(page, figure) || !job.endJob()) {
                throw new ExportException("the printer did not take the page");
            }
            return "Sent the figure to " + job.getPrinter().getName() + ".";
        });
    }
}
