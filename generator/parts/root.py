"""The root of an archive cut into parts (plan.py): a home page that lists the
parts' sites and a search page that searches them all.

Exists because each part is a whole site of its own (built by its own CI job
into parts/<name>/), and a reader should not have to know which one holds an
article.  The root is small: its search page loads the newest part's newest
search shard first, then every other shard of every part, as one site's
search page loads its own (assets/search.js reads the merged list, each shard
with the site its results belong to)."""
from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..publish import term_shards
from ..render.content import markdown as md, urls
from ..render.content.front_matter import page
from ..render.content.home import part_label, search_widget
from ..render.content.labels import date_label, esc
from ..render.write.site import static_files
from .plan import Part, Plan, PlanError

MANIFEST = "pagefind/shards.json"


@dataclass(frozen=True)
class PartSite:
    """A built part, as its search manifest describes it."""
    part: Part
    address: str                  # from the root: parts/<name>/, or the part's own host
    shards: tuple[dict, ...]      # its pagefind/shards.json entries, newest first

    @property
    def articles(self) -> int:
        return sum(s["articles"] for s in self.shards)

    @property
    def span(self) -> tuple[str, str]:
        return (min((s["from"] for s in self.shards if s["from"]), default=""),
                max((s["to"] for s in self.shards if s["to"]), default=""))


def read_parts(plan: Plan, site: Path) -> list[PartSite]:
    """Each part's built site under site/parts/ (also where a part published on a
    host of its own is built); PlanError names a part not built."""
    out = []
    for p in plan.parts:
        manifest = site / "parts" / p.name / MANIFEST
        try:
            shards = json.loads(manifest.read_text(encoding="utf-8"))["shards"]
        except (OSError, ValueError, KeyError) as err:
            raise PlanError(f"{manifest}: part {p.name} is not built, or its search index is not "
                            f"({getattr(err, 'strerror', None) or err}); build every part before the root") from None
        out.append(PartSite(p, plan.address(p), tuple(shards)))
    return out


def root_manifest(sites: list[PartSite]) -> dict:
    """Every part's shards, newest part first (the parts are runs of dates, so the
    list stays in date order), each with the site its results belong to."""
    shards = []
    for s in reversed(sites):
        there = urls.from_here("../", s.address)
        for shard in s.shards:
            shards.append({**shard, "path": f"{there}pagefind/{shard['path']}", "site": s.address})
    return {"shards": shards}


def root_pages(sites: list[PartSite]) -> dict[str, str]:
    """The root's Markdown pages: home (the parts, with links) and search (across every part)."""
    total = sum(s.articles for s in sites)
    froms = [s.span[0] for s in sites if s.span[0]]
    tos = [s.span[1] for s in sites if s.span[1]]
    span = f"{date_label(min(froms))} 至 {date_label(max(tos))}" if froms else "日期不详"
    rows = []
    for k, s in enumerate(sites, 1):
        where = esc(s.address)
        rows.append(f'<tr><td><a href="{where}">第 {k} 册</a></td><td>{esc(part_label(s.part, k == len(sites)))}</td>'
                    f'<td>{s.articles}</td><td><a href="{where}search/">检索本册</a></td></tr>')
    # Raw HTML: the parts are sites of their own, outside these docs, which MkDocs would check.
    home = "\n\n".join([
        md.styled(f"本档案收录地方报纸版面与网页新闻，逐篇切分为文章，标注日期、地区与机构。时间范围：{md.text(span)}。"
                  f"档案按日期分为 {len(sites)} 册，每册是一个网站，可按日期、地区、机构与来源浏览。", "archive-lead"),
        f'<ul class="archive-stats">\n<li><strong>{total}</strong> 文章</li>\n'
        f'<li><strong>{len(sites)}</strong> 分册</li>\n</ul>',
        "## 分册",
        '<table>\n<thead><tr><th>分册</th><th>时间</th><th>文章</th><th></th></tr></thead>\n'
        "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>",
        "## 检索",
        f"{md.link('index.md', 'search/index.md', '检索')}同时检索全部分册的文章，可按年份、地区、机构筛选，按日期排序。",
    ])
    manifest = root_manifest(sites)["shards"]
    first = manifest[0]["path"].removeprefix("../") if manifest else "pagefind/s000/"
    search = search_widget("search/index.md", "../", first=first,
                           first_site=manifest[0]["site"] if manifest else "")
    return {"index.md": page("地方新闻档案", home, hide=["navigation", "toc"]),
            "search/index.md": page("检索全部分册", search, hide=["navigation", "toc"])}


def build_root(plan: Plan, site: Path, config_file: Path) -> int:
    """The root pages built with MkDocs (the archive's own config and theme) into
    `site`, beside the parts already built in site/parts/; returns the articles
    of every part.  What the root built before is replaced; the parts are not touched."""
    from ..publish.site_build import SqueezePlugin, build_site

    sites = read_parts(plan, site)
    with tempfile.TemporaryDirectory() as tmp:
        docs, built = Path(tmp) / "docs", Path(tmp) / "site"
        files: dict[str, bytes] = {k: v.encode("utf-8") for k, v in root_pages(sites).items()}
        files.update(static_files())
        for name, data in files.items():
            (docs / name).parent.mkdir(parents=True, exist_ok=True)
            (docs / name).write_bytes(data)
        project = config_file.resolve().parent
        cfg = Path(tmp) / "mkdocs.yml"
        cfg.write_text(f"INHERIT: {json.dumps(str(config_file.resolve()))}\n"
                       f"docs_dir: {json.dumps(str(docs))}\nsite_dir: {json.dumps(str(built))}\n"
                       f"theme:\n  custom_dir: {json.dumps(str(project / 'overrides'))}\n"
                       "nav:\n  - 首页: index.md\n  - 检索: search/index.md\n", encoding="utf-8")
        build_site(cfg, squeezed=SqueezePlugin())
        site.mkdir(parents=True, exist_ok=True)
        for old in sorted(site.iterdir()):
            if old.name != "parts":
                shutil.rmtree(old) if old.is_dir() and not old.is_symlink() else old.unlink()
        for new in sorted(built.iterdir()):
            shutil.move(str(new), str(site / new.name))
    (site / MANIFEST).parent.mkdir(parents=True, exist_ok=True)
    manifest = root_manifest(sites)
    # Which of the root's shards hold each word: the parts' directories joined in the list's order.
    directories = [(term_shards.read_directory(site / "parts" / s.part.name / "pagefind"), len(s.shards))
                   for s in reversed(sites)]
    if all(masks is not None for masks, _ in directories):
        manifest["terms"] = term_shards.write_directory(site / "pagefind", term_shards.joined(directories))
    (site / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return sum(s.articles for s in sites)
