import { useMemo, useState, type CSSProperties } from 'react';
import { Link } from 'react-router';
import type { UnitTreeNode } from '@lantoa/contracts/org-units';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useUnitTree } from '../api/get-unit-tree.ts';
import { UncertainBadge, UnitTypeBadge } from './unit-badges.tsx';

function collectParentIds(nodes: readonly UnitTreeNode[], into: Set<string>): Set<string> {
  for (const node of nodes) {
    if (node.children.length > 0) {
      into.add(node.id);
      collectParentIds(node.children, into);
    }
  }
  return into;
}

type NodeProps = {
  node: UnitTreeNode;
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  level: number;
};

function TreeNode({ node, expanded, onToggle, level }: NodeProps) {
  const t = useT();
  const hasChildren = node.children.length > 0;
  const open = hasChildren && expanded.has(node.id);
  const childListId = `tree-children-${node.id}`;
  return (
    <li className="tree-item">
      <div className="tree-row" style={{ '--level': level } as CSSProperties}>
        {hasChildren ? (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={open}
            aria-controls={open ? childListId : undefined}
            aria-label={t(open ? 'tree.collapseNamed' : 'tree.expandNamed', { name: node.name })}
            onClick={() => onToggle(node.id)}
          >
            <span className={open ? 'chevron open' : 'chevron'} aria-hidden="true" />
          </button>
        ) : (
          <span className="tree-spacer" aria-hidden="true" />
        )}
        <div className="tree-label">
          <Link to={`/org-units/${node.id}`} className="tree-link">
            {node.name}
          </Link>
          <span className="tree-meta">
            <UnitTypeBadge type={node.type} />
            {node.officialCode ? <span className="code">{node.officialCode}</span> : null}
            {hasChildren ? (
              <span className="tree-count">{t('tree.childCount', { count: formatNumber(node.children.length) })}</span>
            ) : null}
            {node.uncertain ? <UncertainBadge /> : null}
          </span>
        </div>
      </div>
      {open ? (
        <ul id={childListId} className="tree-children">
          {node.children.map((child) => (
            <TreeNode key={child.id} node={child} expanded={expanded} onToggle={onToggle} level={level + 1} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function Tree({ roots, asOf, count }: { roots: UnitTreeNode[]; asOf: string; count: number }) {
  const t = useT();
  const allParents = useMemo(() => collectParentIds(roots, new Set()), [roots]);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(roots.map((r) => r.id)));

  function toggle(id: string) {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  if (roots.length === 0) {
    return <EmptyState title={t('tree.empty', { date: formatDate(asOf) })} />;
  }
  return (
    <div className="tree-wrap">
      <div className="tree-toolbar">
        <p className="muted" aria-live="polite">
          {t('tree.summary', { count: formatNumber(count), date: formatDate(asOf) })}
        </p>
        <div className="button-row">
          <Button size="sm" onClick={() => setExpanded(new Set(allParents))}>
            {t('tree.expandAll')}
          </Button>
          <Button size="sm" onClick={() => setExpanded(new Set())}>
            {t('tree.collapseAll')}
          </Button>
        </div>
      </div>
      <ul className="tree" aria-label={t('tree.label', { date: formatDate(asOf) })}>
        {roots.map((root) => (
          <TreeNode key={root.id} node={root} expanded={expanded} onToggle={toggle} level={0} />
        ))}
      </ul>
    </div>
  );
}

/** The structure valid on one day, as expandable nested lists. */
export function UnitTree({ asOf }: { asOf: string }) {
  const query = useUnitTree(asOf);
  return (
    <QueryState query={query}>
      {(data) => <Tree key={data.asOf} roots={data.roots} asOf={data.asOf} count={data.count} />}
    </QueryState>
  );
}
