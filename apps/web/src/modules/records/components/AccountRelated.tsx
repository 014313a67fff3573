import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { AccountDetail } from 'src/modules/records/graphql/records.types';
import { EnumChip } from 'src/modules/records/components/RecordHeader';
import { formatAmount, humanizeEnum } from 'src/modules/records/utils/labels';
import { subjectPath } from 'src/modules/records/utils/subject-path';

interface AccountRelatedProps {
  account: Pick<AccountDetail, 'deals' | 'cases' | 'documents'>;
}

function RelatedList({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <section className="related__group">
      <h2 className="section-title">
        {title} <span className="muted">({count})</span>
      </h2>
      {count === 0 ? <p className="muted">None yet.</p> : <ul className="related__list">{children}</ul>}
    </section>
  );
}

/** The account's deals, cases and documents, each linking to its own page. */
export function AccountRelated({ account }: AccountRelatedProps) {
  return (
    <div className="related card">
      <RelatedList title="Deals" count={account.deals.length}>
        {account.deals.map((deal) => (
          <li key={deal.id} className="related__item" data-testid="account-deal">
            <Link to={subjectPath(deal.id) ?? '#'}>{deal.name}</Link>
            <span className="related__meta">
              <EnumChip value={deal.stage} /> {formatAmount(deal.amount)}
            </span>
          </li>
        ))}
      </RelatedList>
      <RelatedList title="Cases" count={account.cases.length}>
        {account.cases.map((item) => (
          <li key={item.id} className="related__item" data-testid="account-case">
            <Link to={subjectPath(item.id) ?? '#'}>{item.subject}</Link>
            <span className="related__meta">
              <EnumChip value={item.status} /> <EnumChip value={item.priority} />
            </span>
          </li>
        ))}
      </RelatedList>
      <RelatedList title="Documents" count={account.documents.length}>
        {account.documents.map((doc) => (
          <li key={doc.id} className="related__item" data-testid="account-document">
            <Link to={subjectPath(doc.id) ?? '#'}>{doc.title}</Link>
            <span className="related__meta">
              <span className="muted">{humanizeEnum(doc.kind)}</span> <EnumChip value={doc.status} />
            </span>
          </li>
        ))}
      </RelatedList>
    </div>
  );
}
