import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';

/** The search field in the top bar: Enter opens the results page for what was typed. */
export function SearchBox() {
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const navigate = useNavigate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = text.trim();
    if (query) void navigate(`/search?q=${encodeURIComponent(query)}`);
  };
  return (
    <form className="searchbox" role="search" onSubmit={submit}>
      <label htmlFor="search-input" className="visually-hidden">
        Search posts, comments and records
      </label>
      <input
        id="search-input"
        type="search"
        className="searchbox__input"
        placeholder="Search posts, comments, records…"
        value={text}
        maxLength={200}
        onChange={(e) => setText(e.target.value)}
        data-testid="search-input"
      />
    </form>
  );
}
