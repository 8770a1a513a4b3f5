import { LoopBuilder } from './LoopBuilder';
import { QuickPractice } from './QuickPractice';
import './PracticeHubPage.css';

/** `/practice`: start one quick round or a whole interview loop. */
export function PracticeHubPage() {
  return (
    <div className="practice-hub">
      <h1>Practice</h1>
      <p className="muted">
        Every round is timed by the server and saved as you work: close the tab and come back from
        the home page.
      </p>
      <div className="practice-hub-grid">
        <QuickPractice />
        <LoopBuilder />
      </div>
    </div>
  );
}
