import{D as C,P as R,U as K,i as P,n as b,a as x,b as s,c as S,A as m,t as T,r as k}from"./index-CUzvHv1Z.js";import{a as N}from"./article-audit-DaWURovC.js";import{v as z,g as L,p as W,s as H,e as F,l as V}from"./values-CYpdrG_n.js";import{r as j}from"./content-source-D8sgDXkJ.js";function I(e,i,a){const r=new Map;for(const c of e)for(const t of c.pages){if(!t.articleKey)continue;const o=r.get(t.articleKey)??new Set;o.add(c.key),r.set(t.articleKey,o)}const l=new Map(e.map(c=>[c.key,c.name])),n=z(a);return e.map(c=>({key:c.key,name:c.name,href:c.href,articles:c.pages.map(t=>{const o=t.articleKey?i.get(t.articleKey):void 0,u=z(o?.nextReviewDue),v=t.articleKey?[...r.get(t.articleKey)??[]].filter(h=>h!==c.key):[];return{pageKey:t.key,pageName:t.name,pageHref:t.href,article:o,articleMissing:!!t.articleKey&&(!o||o.available===!1),overdue:u!==""&&n!==""&&u<n,alsoUsedBy:v.map(h=>l.get(h)??h).sort((h,B)=>h.localeCompare(B))}})}))}function Z(e){return new Set(e.flatMap(i=>i.articles.map(a=>a.article?.key).filter(Boolean))).size}async function q(e,i){const a=(await e.roots()).filter(t=>!t.isTrashed&&t.documentTypeKey===C.clinicSite.key),r=await Promise.all(a.map(async t=>{const o=(await e.children(t.key)).filter(u=>!u.isTrashed&&u.documentTypeKey===C.clinicArticle.key);return{key:t.key,name:t.name,href:e.editPath(t.key),pages:await Promise.all(o.map(async u=>{const v=await e.document(u.key),[h]=L(W(v?.values,R.article));return{key:u.key,name:u.name,href:e.editPath(u.key),articleKey:h}}))}})),l=[...new Set(r.flatMap(t=>t.pages.map(o=>o.articleKey).filter(o=>!!o)))],n=await Promise.all(l.map(t=>G(e,t,i))),c=new Map;for(const t of n)t&&c.set(t.key,t);return I(r,c,i)}async function G(e,i,a){const r=await e.document(i);if(!r)return;const{audit:l,review:n}=await N(r.values,e,a);return{key:i,name:r.name,href:e.editPath(i),...n,errors:l.errors,warnings:l.warnings,available:!r.isTrashed}}var J=Object.defineProperty,Q=Object.getOwnPropertyDescriptor,A=e=>{throw TypeError(e)},w=(e,i,a,r)=>{for(var l=r>1?void 0:r?Q(i,a):i,n=e.length-1,c;n>=0;n--)(c=e[n])&&(l=(r?c(i,a,l):c(l))||l);return r&&l&&J(i,a,l),l},X=(e,i,a)=>i.has(e)||A("Cannot "+a),Y=(e,i,a)=>i.has(e)?A("Cannot add the same private member more than once"):i instanceof WeakSet?i.add(e):i.set(e,a),f=(e,i,a)=>(X(e,i,"access private method"),a),p,g,D,M,O;let _=class extends x{constructor(){super(...arguments),Y(this,p),this.clinics=[],this.loading=!1}render(){return this.loading?s`<uui-box><uui-loader-bar></uui-loader-bar></uui-box>`:s`
			<p class="intro">${this.localize.term("clinickit_clinicsIntro")}</p>
			${this.clinics.length?s`<p class="summary">
							${this.localize.term("clinickit_clinicsSummary",this.clinics.length,Z(this.clinics))}
						</p>
						${S(this.clinics,e=>e.key,e=>f(this,p,D).call(this,e))}`:s`<uui-box><p class="muted">${this.localize.term("clinickit_noClinics")}</p></uui-box>`}
		`}};p=new WeakSet;g=function(e){const i=e?F(e):void 0;return i?this.localize.date(i,{dateStyle:"medium",timeZone:"UTC"}):s`<span class="muted">${this.localize.term("clinickit_notSet")}</span>`};D=function(e){return s`
			<uui-box headline=${e.name} data-clinic=${e.key}>
				${e.href?s`<uui-button
							slot="header-actions"
							look="secondary"
							compact
							href=${e.href}
							label=${this.localize.term("clinickit_openClinicLabel",e.name)}
							>${this.localize.term("clinickit_openClinic")}</uui-button
						>`:m}
				${e.articles.length===0?s`<p class="muted">${this.localize.term("clinickit_clinicNoArticles")}</p>`:s`<uui-table aria-label=${e.name}>
							<uui-table-head>
								<uui-table-head-cell>${this.localize.term("clinickit_columnClinicPage")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnLibraryArticle")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnLastReviewed")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnNextReview")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnAudit")}</uui-table-head-cell>
								<uui-table-head-cell>${this.localize.term("clinickit_columnAlsoUsedBy")}</uui-table-head-cell>
							</uui-table-head>
							${S(e.articles,i=>i.pageKey,i=>f(this,p,M).call(this,i))}
						</uui-table>`}
			</uui-box>
		`};M=function(e){const i=e.article;return s`
			<uui-table-row data-page=${e.pageKey} data-article=${i?.key??""}>
				<uui-table-cell>
					${e.pageHref?s`<a href=${e.pageHref}>${e.pageName}</a>`:e.pageName}
				</uui-table-cell>
				<uui-table-cell>
					${i&&i.available!==!1?s`<span class="article">
								<uui-icon name="icon-document-medal" aria-hidden="true"></uui-icon>
								${i.href?s`<a href=${i.href}>${i.name}</a>`:i.name}
							</span>`:s`<uui-tag color=${e.articleMissing?"danger":"default"} look="secondary"
								>${e.articleMissing?this.localize.term("clinickit_stateMissing"):this.localize.term("clinickit_notPicked")}</uui-tag
							>`}
				</uui-table-cell>
				<uui-table-cell>${i?f(this,p,g).call(this,i.lastReviewed):m}</uui-table-cell>
				<uui-table-cell>
					${i?f(this,p,g).call(this,i.nextReviewDue):m}
					${e.overdue?s`<uui-tag color="warning">${this.localize.term("clinickit_reviewOverdue")}</uui-tag>`:m}
				</uui-table-cell>
				<uui-table-cell class="audit">${i?f(this,p,O).call(this,i):m}</uui-table-cell>
				<uui-table-cell>
					${i?e.alsoUsedBy.length?e.alsoUsedBy.join(", "):s`<span class="muted">${this.localize.term("clinickit_onlyThisClinic")}</span>`:m}
				</uui-table-cell>
			</uui-table-row>
		`};O=function(e){return!e.errors&&!e.warnings?s`<uui-tag color="positive">${this.localize.term("clinickit_noProblems")}</uui-tag>`:s`${e.errors?s`<uui-tag color="danger">${this.localize.term("clinickit_errorCount",e.errors)}</uui-tag>`:m}
		${e.warnings?s`<uui-tag color="warning">${this.localize.term("clinickit_warningCount",e.warnings)}</uui-tag>`:m}`};_.styles=[K,H,P`
			:host {
				display: grid;
				gap: var(--uui-size-layout-1);
			}
			.intro,
			.summary {
				margin: 0;
			}
			.summary {
				font-weight: 700;
			}
			.article {
				display: inline-flex;
				gap: var(--uui-size-space-2);
				align-items: center;
			}
			uui-table-cell {
				vertical-align: top;
			}
			.audit {
				white-space: nowrap;
			}
			a {
				color: var(--uui-color-interactive);
			}
			a:hover {
				color: var(--uui-color-interactive-emphasis);
			}
		`];w([b({attribute:!1})],_.prototype,"clinics",2);w([b({type:Boolean})],_.prototype,"loading",2);_=w([T("clinickit-clinics-table")],_);var ee=Object.defineProperty,ie=Object.getOwnPropertyDescriptor,E=e=>{throw TypeError(e)},y=(e,i,a,r)=>{for(var l=r>1?void 0:r?ie(i,a):i,n=e.length-1,c;n>=0;n--)(c=e[n])&&(l=(r?c(i,a,l):c(l))||l);return r&&l&&ee(i,a,l),l},te=(e,i,a)=>i.has(e)||E("Cannot "+a),ae=(e,i,a)=>i.has(e)?E("Cannot add the same private member more than once"):i instanceof WeakSet?i.add(e):i.set(e,a),le=(e,i,a)=>(te(e,i,"access private method"),a),$,U;let d=class extends x{constructor(){super(...arguments),ae(this,$),this._clinics=[],this._loading=!0,this._failed=!1}connectedCallback(){super.connectedCallback(),le(this,$,U).call(this)}render(){return this._failed?s`<uui-box><p>${this.localize.term("clinickit_loadFailed")}</p></uui-box>`:s`<clinickit-clinics-table .clinics=${this._clinics} ?loading=${this._loading}></clinickit-clinics-table>`}};$=new WeakSet;U=async function(){this._loading=!0;try{const e=await j(this,this.source);this._clinics=await q(e,this.today??V()),this._failed=!1}catch(e){console.error("ClinicKit: could not load the clinics.",e),this._failed=!0}finally{this._loading=!1}};d.styles=[K,P`
			:host {
				display: block;
				padding: var(--uui-size-layout-1);
			}
		`];y([b({attribute:!1})],d.prototype,"manifest",2);y([b({attribute:!1})],d.prototype,"source",2);y([b()],d.prototype,"today",2);y([k()],d.prototype,"_clinics",2);y([k()],d.prototype,"_loading",2);y([k()],d.prototype,"_failed",2);d=y([T("clinickit-clinics-dashboard")],d);export{d as ClinicKitClinicsDashboardElement,d as element};
