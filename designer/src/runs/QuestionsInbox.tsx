// Every open question across runs, with one button per allowed answer; the server records who answered.
import { useEffect, useRef, useState } from "react";
import { api, enc } from "../api/client";
import { openStream } from "../api/sse";
import type { Question } from "../api/types";
import { ErrorNotice } from "../shell/Notice";
import { Link } from "../shell/router";
import { useSession } from "../shell/session";
import { useLoad } from "../shell/useLoad";

export function AnswerButtons({ question, onAnswered }: { question: Question; onAnswered: () => void }) {
  const { can, me } = useSession();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (!can("operator")) return <span className="hint">Answering needs the operator role.</span>;
  const answers = question.details?.allowedAnswers ?? [];
  const answer = async (value: string) => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/questions/${enc(question.id)}/answer`, { answer: value });
      onAnswered();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="answers">
      {answers.map((a) => (
        <button key={a} type="button" disabled={busy} onClick={() => void answer(a)} title={`Answer “${a}” as ${me?.name}`}>
          {a}
          {a === question.details?.defaultAnswer ? " (default)" : ""}
        </button>
      ))}
      <ErrorNotice error={error} />
    </span>
  );
}

export default function QuestionsInbox() {
  const questions = useLoad((signal) => api.get<Question[]>("/api/questions?take=1000", signal), []);
  const reload = useRef(questions.reload);
  reload.current = questions.reload;
  useEffect(
    () =>
      openStream("/api/events", {
        onStatus: () => {},
        onMessage: (m) => (m.event === "QuestionRaised" || m.event === "QuestionAnswered") && reload.current(),
      }),
    [],
  );
  return (
    <div className="page">
      <div className="page-head"><h2>Questions</h2></div>
      <ErrorNotice error={questions.error} onRetry={questions.reload} />
      <table className="list" data-testid="questions">
        <thead><tr><th>Question</th><th>Run</th><th>Target</th><th>Asked</th><th>Due</th><th>Answer</th></tr></thead>
        <tbody>
          {(questions.data ?? []).map((q) => (
            <tr key={q.id} data-question={q.id} data-run={q.runId}>
              <td>{q.details?.text}</td>
              <td><Link to={`/runs/${enc(q.runId)}`}>{q.runbook}</Link> <code className="hint">{q.runId}</code></td>
              <td>{q.target ?? ""}</td>
              <td>{new Date(q.askedAt).toLocaleString()}</td>
              <td>{q.dueAt ? new Date(q.dueAt).toLocaleString() : ""}</td>
              <td><AnswerButtons question={q} onAnswered={questions.reload} /></td>
            </tr>
          ))}
          {questions.data?.length === 0 && <tr><td colSpan={6} className="hint">No open questions.</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
