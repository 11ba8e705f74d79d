import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { InputProblem } from '../../core';

/** Problems named by field (`rules.partisan-request.severity: expected one of ...`), announced to screen readers. */
export function ProblemList({ heading, problems }: { heading: string; problems: ReadonlyArray<InputProblem> }) {
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{heading}</MessageBarTitle>
        <ul>
          {problems.map((p, i) => (
            <li key={i}>
              <code>{p.path}</code>: {p.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
