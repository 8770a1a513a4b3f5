import { render } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { BehavioralAnswer } from './BehavioralAnswer';
import { CustomInput } from './CustomInput';
import { NotesPane } from './NotesPane';
import { OfflineNotice } from './OfflineNotice';
import { RoundTimer } from './RoundTimer';
import { RubricChecklist } from './RubricChecklist';
import { SelfRating } from './SelfRating';
import { ShortcutHelp } from './ShortcutHelp';

// Names, roles and labels; colour contrast needs layout, so tests/e2e/whiteboard.test.ts
// checks it in Chromium in both themes.
describe('round building blocks', () => {
  it('have no axe violations', async () => {
    const { container } = render(
      <main>
        <h1>Round</h1>
        <RoundTimer deadline={Date.now() + 120_000} serverTimeOffset={0} />
        <ShortcutHelp />
        <OfflineNotice status="offline" />
        <CustomInput style="function" entry="solve" onChange={() => {}} />
        <NotesPane initialNotes="# Notes" onChange={() => {}} />
        <RubricChecklist items={[{ id: 'a', text: 'Requirements' }]} onChange={() => {}} />
        <BehavioralAnswer onChange={() => {}} />
        <SelfRating competencies={['leadership']} onChange={() => {}} />
      </main>,
    );
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  }, 30_000);
});
