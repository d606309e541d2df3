import{U as A,i as E,n as p,a as S,A as n,b as a,c as H,t as K,d as X,o as Z,D as J,P as Q,C as Y,r as v}from"./index-CUzvHv1Z.js";import{s as ee,f as D,b as ie,c as te,e as ae,l as le,g as se,p as re}from"./values-CYpdrG_n.js";import{r as ne,n as P,c as ce}from"./focus-DmTq8DS6.js";import{a as oe}from"./article-audit-DaWURovC.js";import{r as O}from"./content-source-D8sgDXkJ.js";var ue=Object.defineProperty,de=Object.getOwnPropertyDescriptor,L=e=>{throw TypeError(e)},b=(e,i,t,s)=>{for(var l=s>1?void 0:s?de(i,t):i,r=e.length-1,o;r>=0;r--)(o=e[r])&&(l=(s?o(i,t,l):o(l))||l);return s&&l&&ue(i,t,l),l},he=(e,i,t)=>i.has(e)||L("Cannot "+t),pe=(e,i,t)=>i.has(e)?L("Cannot add the same private member more than once"):i instanceof WeakSet?i.add(e):i.set(e,t),m=(e,i,t)=>(he(e,i,"access private method"),t),d,M,w,W,B,F,R;let h=class extends S{constructor(){super(...arguments),pe(this,d),this.claims=[],this.articleFindings=[],this.inLibrary=!1,this.loading=!1}render(){const e=[...this.claims.flatMap(l=>l.findings),...this.articleFindings],i=e.filter(l=>l.severity==="error").length,t=e.length-i,s=new Set(this.claims.flatMap(l=>l.citations.map(r=>r.key))).size;return a`
			<uui-box headline=${this.localize.term("clinickit_claimsAudit")}>
				<div slot="header-actions" class="tags" id="status">
					${this.loading?a`<uui-loader-circle aria-label=${this.localize.term("clinickit_loading")}></uui-loader-circle>`:n}
					${i?a`<uui-tag color="danger">${this.localize.term("clinickit_errorCount",i)}</uui-tag>`:n}
					${t?a`<uui-tag color="warning">${this.localize.term("clinickit_warningCount",t)}</uui-tag>`:n}
					${!i&&!t&&!this.loading?a`<uui-tag color="positive">${this.localize.term("clinickit_noProblems")}</uui-tag>`:n}
				</div>
				<p class="summary">
					${this.localize.term("clinickit_claimCount",this.claims.length)} ·
					${this.localize.term("clinickit_citationCount",s)}
				</p>
				${m(this,d,W).call(this)} ${D(this.articleFindings)}
			</uui-box>
			<uui-box headline=${this.headline??this.localize.term("clinickit_claimsInArticle")}>
				${this.claims.length===0?a`<p class="muted">${this.localize.term("clinickit_noClaims")}</p>`:m(this,d,B).call(this)}
			</uui-box>
		`}};d=new WeakSet;M=function(e){this.dispatchEvent(new CustomEvent("clinickit-go-to-block",{detail:{blockKey:e.blockKey,claim:e.number},bubbles:!0,composed:!0}))};w=function(e){const i=ae(e);return i?this.localize.date(i,{dateStyle:"medium",timeZone:"UTC"}):e};W=function(){const e=this.review;if(!e)return n;const i=e.reviewedBy&&e.lastReviewed?this.localize.term("clinickit_reviewedBy",e.reviewedBy,m(this,d,w).call(this,e.lastReviewed)):this.localize.term("clinickit_reviewNotRecorded");return a`<p class="review">
			<uui-icon name="icon-medal" aria-hidden="true"></uui-icon>
			<span>${i}${e.nextReviewDue?a` · ${this.localize.term("clinickit_nextReviewDue",m(this,d,w).call(this,e.nextReviewDue))}`:n}</span>
		</p>`};B=function(){return a`
			<uui-table aria-label=${this.localize.term("clinickit_claimsInArticle")}>
				<uui-table-head>
					<uui-table-head-cell class="col-number">${this.localize.term("clinickit_columnNumber")}</uui-table-head-cell>
					<uui-table-head-cell>${this.localize.term("clinickit_columnClaim")}</uui-table-head-cell>
					<uui-table-head-cell>${this.localize.term("clinickit_columnSources")}</uui-table-head-cell>
					<uui-table-head-cell>${this.localize.term("clinickit_columnEvidence")}</uui-table-head-cell>
					<uui-table-head-cell>${this.localize.term("clinickit_columnProblems")}</uui-table-head-cell>
					<uui-table-head-cell class="col-actions"
						><span class="visually-hidden">${this.localize.term("clinickit_columnActions")}</span></uui-table-head-cell
					>
				</uui-table-head>
				${H(this.claims,e=>e.blockKey,e=>m(this,d,F).call(this,e))}
			</uui-table>
		`};F=function(e){const i=e.findings.some(t=>t.severity==="error")?"error":e.findings.length?"warning":"ok";return a`
			<uui-table-row class="claim ${i}" data-block-key=${e.blockKey} data-claim=${e.number}>
				<uui-table-cell class="col-number"><span class="number">${e.number}</span></uui-table-cell>
				<uui-table-cell class="col-claim">
					<div class="statement">
						${e.statement||a`<em class="muted">—</em>`}${e.citations.length?a`<sup class="refs">[${e.citations.map(t=>t.number).join(", ")}]</sup>`:n}
					</div>
					${e.qualifier?a`<div class="qualifier"><strong>${this.localize.term("clinickit_qualifier")}:</strong> ${e.qualifier}</div>`:n}
				</uui-table-cell>
				<uui-table-cell class="col-sources">${m(this,d,R).call(this,e.citations)}</uui-table-cell>
				<uui-table-cell class="col-evidence">
					${e.claimType?a`<uui-tag look="secondary">${e.claimType}</uui-tag>`:n}
					<div>${e.evidenceStrength||a`<span class="muted">${this.localize.term("clinickit_noEvidence")}</span>`}</div>
				</uui-table-cell>
				<uui-table-cell class="col-problems">
					${e.findings.length?D(e.findings):a`<uui-tag color="positive" look="secondary">${this.localize.term("clinickit_noProblems")}</uui-tag>`}
				</uui-table-cell>
				<uui-table-cell class="col-actions">
					<uui-button
						look=${i==="ok"?"secondary":"primary"}
						color=${i==="error"?"danger":i==="warning"?"warning":"default"}
						compact
						label=${this.inLibrary?this.localize.term("clinickit_openInLibraryLabel",e.number):this.localize.term("clinickit_goToBlockLabel",e.number)}
						@click=${()=>m(this,d,M).call(this,e)}>
						${this.inLibrary?this.localize.term("clinickit_openInLibrary"):this.localize.term("clinickit_goToBlock")}
					</uui-button>
				</uui-table-cell>
			</uui-table-row>
		`};R=function(e){return e.length===0?a`<span class="muted">${this.localize.term("clinickit_noSources")}</span>`:a`<ol class="sources">
			${e.map(i=>{const t=ie(i.state);return a`<li class="source ${i.state}" data-key=${i.key}>
					<span class="ref-number">${i.number}</span>
					<span class="source-text">
						${i.href?a`<a href=${i.href}>${i.title}</a>`:a`<span class="title">${i.title}</span>`}
						${i.source?a`<span class="source-line">${i.source}</span>`:n}
						${t?a`<uui-tag color=${i.state==="missing"?"danger":te("error")} look="secondary"
									>${this.localize.term(t)}</uui-tag
								>`:n}
					</span>
				</li>`})}
		</ol>`};h.styles=[A,ee,E`
			:host {
				display: grid;
				gap: var(--uui-size-layout-1);
			}
			.tags {
				display: flex;
				gap: var(--uui-size-space-2);
				align-items: center;
			}
			.summary {
				margin: 0 0 var(--uui-size-space-3);
				font-weight: 700;
			}
			.review {
				display: flex;
				gap: var(--uui-size-space-2);
				align-items: center;
				margin: 0 0 var(--uui-size-space-3);
			}
			uui-table-row.claim.error {
				box-shadow: inset 3px 0 0 var(--uui-color-danger);
			}
			uui-table-row.claim.warning {
				box-shadow: inset 3px 0 0 var(--uui-color-warning);
			}
			uui-table-cell {
				vertical-align: top;
			}
			.col-number {
				width: 3em;
			}
			.number {
				display: inline-flex;
				align-items: center;
				justify-content: center;
				min-width: 1.75em;
				height: 1.75em;
				border-radius: 50%;
				background: var(--uui-color-surface-alt);
				font-weight: 700;
			}
			.col-claim {
				min-width: 16em;
			}
			.statement {
				font-weight: 700;
				line-height: 1.4;
			}
			.refs {
				font-weight: 400;
				color: var(--uui-color-interactive);
				margin-left: 2px;
			}
			.qualifier {
				margin-top: var(--uui-size-space-2);
				color: var(--uui-color-text-alt);
				font-size: var(--uui-type-small-size);
			}
			.sources {
				list-style: none;
				margin: 0;
				padding: 0;
				display: grid;
				gap: var(--uui-size-space-3);
				min-width: 14em;
			}
			.source {
				display: flex;
				gap: var(--uui-size-space-2);
				line-height: 1.35;
			}
			.ref-number {
				flex: none;
				font-weight: 700;
				color: var(--uui-color-interactive);
			}
			.ref-number::before {
				content: '[';
			}
			.ref-number::after {
				content: ']';
			}
			.source-text {
				display: grid;
				gap: 2px;
				justify-items: start;
			}
			.source-line {
				font-size: var(--uui-type-small-size);
				color: var(--uui-color-text-alt);
			}
			.col-evidence {
				min-width: 10em;
			}
			.col-evidence uui-tag {
				margin-bottom: var(--uui-size-space-2);
			}
			.col-problems {
				min-width: 16em;
			}
			.col-actions {
				width: 1%;
				white-space: nowrap;
				text-align: right;
			}
		`];b([p({attribute:!1})],h.prototype,"claims",2);b([p({attribute:!1})],h.prototype,"articleFindings",2);b([p({attribute:!1})],h.prototype,"review",2);b([p()],h.prototype,"headline",2);b([p({type:Boolean,attribute:"in-library"})],h.prototype,"inLibrary",2);b([p({type:Boolean})],h.prototype,"loading",2);h=b([K("clinickit-claims-table")],h);var me=Object.defineProperty,be=Object.getOwnPropertyDescriptor,q=e=>{throw TypeError(e)},u=(e,i,t,s)=>{for(var l=s>1?void 0:s?be(i,t):i,r=e.length-1,o;r>=0;r--)(o=e[r])&&(l=(s?o(i,t,l):o(l))||l);return s&&l&&me(i,t,l),l},C=(e,i,t)=>i.has(e)||q("Cannot "+t),f=(e,i,t)=>(C(e,i,"read from private field"),i.get(e)),k=(e,i,t)=>i.has(e)?q("Cannot add the same private member more than once"):i instanceof WeakSet?i.add(e):i.set(e,t),I=(e,i,t,s)=>(C(e,i,"write to private field"),i.set(e,t),t),z=(e,i,t)=>(C(e,i,"access private method"),t),_e=(e,i,t,s)=>({set _(l){I(e,i,l)},get _(){return f(e,i)}}),_,$,y,U,V,N;let c=class extends S{constructor(){super(),k(this,y),this._noArticlePicked=!1,this._loading=!0,this._failed=!1,k(this,_,0),k(this,$),this.consumeContext(X,e=>{e&&this.observe(Z([e.contentTypeUnique,e.values]),([i,t])=>z(this,y,U).call(this,i,t??[]),"clinickitObserveDocument")})}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(f(this,$))}render(){return this._failed?a`<uui-box><p>${this.localize.term("clinickit_loadFailed")}</p></uui-box>`:this._noArticlePicked?a`<uui-box><p>${this.localize.term("clinickit_pickArticleFirst")}</p></uui-box>`:this._audit?a`<clinickit-claims-table
			.claims=${this._audit.claims}
			.articleFindings=${this._audit.articleFindings}
			.review=${this._review}
			.headline=${this._library?this.localize.term("clinickit_claimsInLibraryArticle",this._library.name):void 0}
			?in-library=${!!this._library}
			?loading=${this._loading}
			@clinickit-go-to-block=${z(this,y,N)}></clinickit-claims-table>
			${n}`:a`<uui-box><uui-loader-bar></uui-loader-bar><p>${this.localize.term("clinickit_loading")}</p></uui-box>`}};_=new WeakMap;$=new WeakMap;y=new WeakSet;U=function(e,i){clearTimeout(f(this,$)),I(this,$,setTimeout(()=>{z(this,y,V).call(this,e,i)},this._audit?250:0))};V=async function(e,i){const t=++_e(this,_)._;this._loading=!0;try{const s=await O(this,this.source),l=this.today??le();let r=i,o,x=!1;if(e===J.clinicArticle.key){const[T]=se(re(i,Q.article)),g=T?await s.document(T):void 0;r=g?.values,o=g?{key:g.key,name:g.name}:void 0,x=!g}const{audit:j,review:G}=await oe(r??[],s,l);if(t!==f(this,_))return;Object.assign(this,{_audit:j,_review:G,_library:o,_noArticlePicked:x,_failed:!1})}catch(s){if(t!==f(this,_))return;console.error("ClinicKit: could not audit the claims of this document.",s),this._failed=!0}finally{t===f(this,_)&&(this._loading=!1)}};N=async function(e){if(ne(e.detail.blockKey),this._library){const t=await O(this,this.source);P(t.editPath(this._library.key));return}const i=ce(window.location.pathname,this.manifest?.meta.pathname??Y);i&&P(i)};c.styles=[A,E`
			:host {
				display: block;
				padding: var(--uui-size-layout-1);
			}
		`];u([p({attribute:!1})],c.prototype,"manifest",2);u([p({attribute:!1})],c.prototype,"source",2);u([p()],c.prototype,"today",2);u([v()],c.prototype,"_audit",2);u([v()],c.prototype,"_review",2);u([v()],c.prototype,"_library",2);u([v()],c.prototype,"_noArticlePicked",2);u([v()],c.prototype,"_loading",2);u([v()],c.prototype,"_failed",2);c=u([K("clinickit-claims-workspace-view")],c);export{Y as CLAIMS_VIEW_PATHNAME,c as ClinicKitClaimsWorkspaceViewElement,c as element};
