import type { ReactNode } from 'react';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import { FollowButton } from 'src/modules/records/components/FollowButton';
import type { Visibility } from 'src/modules/records/graphql/records.types';
import type { FollowTarget } from 'src/modules/records/hooks/useFollowToggle';
import { humanizeEnum, toneClass } from 'src/modules/records/utils/labels';

interface RecordHeaderProps {
  kindLabel: string;
  title: string;
  visibility: Visibility;
  followTarget: FollowTarget;
  followersCount: number;
  facts: ReactNode;
  controls: ReactNode;
  saveError: unknown;
}

export function RecordHeader(props: RecordHeaderProps) {
  const { kindLabel, title, visibility, followTarget, followersCount, facts, controls, saveError } = props;
  return (
    <header className="record-header card">
      <div className="record-header__top">
        <div>
          <p className="eyebrow">
            {kindLabel}
            {visibility === 'PRIVATE' && <span className="badge badge--private">Private</span>}
          </p>
          <h1 className="record-header__title" data-testid="record-title">
            {title}
          </h1>
        </div>
        <FollowButton target={followTarget} followersCount={followersCount} />
      </div>
      <dl className="facts">{facts}</dl>
      <div className="record-controls" aria-label={`Update ${kindLabel.toLowerCase()}`} role="group">
        {controls}
      </div>
      {saveError !== null && <ErrorNotice error={saveError} title="Could not save the change" />}
    </header>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A stage, status, priority or tier in its colour. */
export function EnumChip({ value }: { value: string }) {
  return <span className={`chip ${toneClass(value)}`}>{humanizeEnum(value)}</span>;
}
