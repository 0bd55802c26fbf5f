import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { errorMeta } from "#app/components/general-error-boundary";
import { ImportStatusChip } from "#app/components/import-status";
import { MAX_STORED_PROBLEMS } from "#app/domain/import-format";
import { getImportReport, removeImport } from "#app/models/imports/import-reports.server";
import { readForm, unknownIntent } from "#app/utils/forms.server";
import { requireUserId } from "#app/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data, error }) =>
  error ? errorMeta(error) : [{ title: `${data ? `Import of ${data.fileName}` : "Import"} · Mutualist` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const page = Number.parseInt(new URL(request.url).searchParams.get("page") ?? "1", 10) || 1;
  return getImportReport(userId, params.id ?? "", { problemsPage: page });
}

/** "Remove this report": the list forgets it; its businesses stay. */
export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const form = await readForm(request);
  if (form.get("intent") !== "remove") throw unknownIntent();
  await removeImport(userId, params.id ?? "");
  return redirect("/imports?removed=1");
}

const REFRESH_MS = 1000;

export default function ImportPage() {
  const report = useLoaderData<typeof loader>();
  const active = report.status === "running" || report.status === "indexing";
  const revalidator = useRevalidator();

  // While it runs, refresh the counts every second.
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      if (revalidator.state === "idle") revalidator.revalidate();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [active, revalidator]);

  const written = report.createdCount + report.updatedCount;
  const progress =
    report.status === "indexing"
      ? {
          label: "Indexing for search",
          value: written - Math.min(report.pendingIndex, written),
          max: Math.max(written, 1),
        }
      : { label: "Rows imported", value: report.processedRows, max: Math.max(report.totalRows, 1) };

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link to="/imports">← All imports</Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">Import of {report.fileName}</h1>
        <ImportStatusChip status={report.status} />
      </div>

      {active ? (
        <section className="card" aria-live="polite">
          <label htmlFor="import-progress" className="label">
            {progress.label}: {progress.value.toLocaleString("en")} of {progress.max.toLocaleString("en")}
          </label>
          <progress
            id="import-progress"
            className="mt-2 h-3 w-full appearance-none overflow-hidden rounded-full bg-stone-200 [&::-moz-progress-bar]:bg-brand-600 [&::-webkit-progress-bar]:bg-stone-200 [&::-webkit-progress-value]:bg-brand-600"
            value={progress.value}
            max={progress.max}
          >
            {Math.round((progress.value / progress.max) * 100)}%
          </progress>
          <p className="hint">
            {report.status === "indexing"
              ? "Every row is saved; the businesses become searchable as the index catches up."
              : "You can leave this page: the import carries on."}
          </p>
        </section>
      ) : null}

      {report.status === "interrupted" ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {`The import stopped before it finished (the server was restarted) after ${report.processedRows.toLocaleString("en")} of ${report.totalRows.toLocaleString("en")} rows.`}{" "}
          Rows saved before that are kept; upload the same file again to finish — rows already imported are skipped.
        </p>
      ) : null}

      {report.status === "failed" ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          The import stopped: {report.error ?? "unknown error"}. Rows saved before it stopped are kept; upload the same
          file again to finish — rows already imported are skipped.
        </p>
      ) : null}

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="text-lg font-semibold">
          Summary
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-5">
          {[
            ["Rows in file", report.totalRows],
            ["Created", report.createdCount],
            ["Updated", report.updatedCount],
            ["Unchanged", report.unchangedCount],
            ["Failed", report.failedCount],
          ].map(([label, value]) => (
            <div key={label} className="card p-3">
              <dt className="text-xs uppercase tracking-wide text-stone-600">{label}</dt>
              <dd className="text-xl font-semibold">{Number(value).toLocaleString("en")}</dd>
            </div>
          ))}
        </dl>
        {report.status !== "running" ? (
          <p className="mt-3 text-sm">
            {report.businessCount > 0 ? (
              <>
                Download the {report.businessCount.toLocaleString("en")} businesses this import created or changed:{" "}
                <a href={`/imports/${report.id}/export?format=csv`}>CSV</a> ·{" "}
                <a href={`/imports/${report.id}/export?format=jsonl`}>JSON Lines</a>. Edit and upload the file again to
                update them.
              </>
            ) : report.totalRows === 0 ? (
              <span role="alert" className="text-red-800">
                Nothing was imported: the file has no rows of businesses. A CSV needs a first line with the column names
                (name, categories, city…) and then one business per line.
              </span>
            ) : report.failedCount >= report.totalRows ? (
              <span role="alert" className="text-red-800">
                Nothing was imported: every row has a problem (listed below). Fix them and upload the file again.
              </span>
            ) : (
              "This import created and changed no business: every valid row was already up to date."
            )}
          </p>
        ) : null}
      </section>

      <UnusedLabels report={report} />

      {report.problemCount ? (
        <section aria-labelledby="problems-heading">
          <h2 id="problems-heading" className="text-lg font-semibold">
            Problems
          </h2>
          <p className="mt-1 text-sm text-stone-700">
            These rows were skipped. Fix them in your file and upload it again.
            {report.problemCount >= MAX_STORED_PROBLEMS
              ? ` Only the first ${MAX_STORED_PROBLEMS.toLocaleString("en")} problems are listed.`
              : ""}
          </p>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <thead className="border-b border-stone-300 text-stone-600">
                <tr>
                  <th scope="col" className="py-2 pr-4">
                    Line
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Field
                  </th>
                  <th scope="col" className="py-2">
                    Problem
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.problems.map((problem, index) => (
                  <tr key={`${problem.line}-${problem.field}-${index}`} className="border-b border-stone-200">
                    <td className="py-2 pr-4 tabular-nums">{problem.line}</td>
                    <td className="py-2 pr-4 font-mono">{problem.field}</td>
                    <td className="py-2">{problem.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.problemsPageCount > 1 ? (
            <nav aria-label="Problem pages" className="mt-3 flex items-center gap-3 text-sm">
              {report.problemsPage > 1 ? <Link to={`?page=${report.problemsPage - 1}`}>Previous</Link> : null}
              <span>
                Page {report.problemsPage} of {report.problemsPageCount}
              </span>
              {report.problemsPage < report.problemsPageCount ? (
                <Link to={`?page=${report.problemsPage + 1}`}>Next</Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      ) : null}

      {!active ? (
        <Form method="post" className="flex flex-wrap items-center gap-3 border-t border-stone-200 pt-4 text-sm">
          <button type="submit" name="intent" value="remove" className="btn-secondary py-1">
            Remove this report
          </button>
          <span className="text-stone-700">
            The businesses it created stay in the directory; only this report leaves your list.
          </span>
        </Form>
      ) : null}
    </div>
  );
}

type LabelCount = { label: string; count: number };

/** Every category label the import could not use, by why: "Too general to use: Hotels (3), Restaurants (2)". */
function UnusedLabels({
  report,
}: {
  report: { unmappedLabels: LabelCount[]; tooGeneralLabels: LabelCount[]; notPartnerTradeLabels: LabelCount[] };
}) {
  const lists = [
    {
      id: "unmapped",
      title: "Matched no category",
      hint: "Rename these to a category name (for example “Florists”) and upload again.",
      labels: report.unmappedLabels,
    },
    {
      id: "too-general",
      title: "Too general to use",
      hint: "These name a whole field (“Home Services”), not a trade: add the trade, like “Plumbers”.",
      labels: report.tooGeneralLabels,
    },
    {
      id: "not-partner-trade",
      title: "Not a partner trade",
      hint: "Places and organisations (“Airports”, “Churches”) that the directory does not match as partners.",
      labels: report.notPartnerTradeLabels,
    },
  ].filter((list) => list.labels.length > 0);
  if (lists.length === 0) return null;
  return (
    <section aria-labelledby="unused-labels-heading">
      <h2 id="unused-labels-heading" className="text-lg font-semibold">
        Labels it could not use
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        Rows with another label that matched were imported; rows with none were skipped.
      </p>
      {lists.map((list) => (
        <div key={list.id} className="mt-3">
          <h3 id={`${list.id}-heading`} className="text-sm font-semibold">
            {list.title}:{" "}
            <span className="font-normal">
              {list.labels.map((entry) => `${entry.label} (${entry.count.toLocaleString("en")})`).join(", ")}
            </span>
          </h3>
          <p className="hint">{list.hint}</p>
        </div>
      ))}
    </section>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary";
