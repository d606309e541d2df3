import{U as E,i as T,n,a as O,A as m,b as o,t as q,e as D,o as A,r as b}from"./index-CUzvHv1Z.js";import{s as M,b as V,r as N,t as I,h as x,B as R,i as z,j as W,k as S,m as j,n as F}from"./values-CYpdrG_n.js";import{b as K,d as G,r as X}from"./content-source-D8sgDXkJ.js";import{o as Y,t as H}from"./focus-DmTq8DS6.js";var J=Object.defineProperty,Q=Object.getOwnPropertyDescriptor,u=(e,t,i,s)=>{for(var a=s>1?void 0:s?Q(t,i):t,r=e.length-1,d;r>=0;r--)(d=e[r])&&(a=(s?d(t,i,a):d(a))||a);return s&&a&&J(t,i,a),a};let l=class extends O{constructor(){super(...arguments),this.number=0,this.statement="",this.qualifier="",this.claimType="",this.evidenceStrength="",this.citations=[],this.findings=[],this.highlighted=!1}render(){const e=this.findings.filter(s=>s.severity==="error").length,t=this.number?this.localize.term("clinickit_claimNumber",this.number):this.localize.term("clinickit_columnClaim"),i=o`
			<div class="head">
				<span class="badge">${t}</span>
				${this.claimType?o`<uui-tag look="secondary">${this.claimType}</uui-tag>`:m}
				${this.evidenceStrength?o`<span class="evidence">${this.evidenceStrength}</span>`:m}
				${this.findings.length?o`<uui-tag class="problems" color=${e?"danger":"warning"}
							>${this.localize.term("clinickit_problemCount",this.findings.length)}</uui-tag
						>`:m}
			</div>
			<p class="statement">
				${this.statement||o`<em class="muted">—</em>`}${this.citations.length?o`<sup class="refs">[${this.citations.map(s=>s.number).join(", ")}]</sup>`:m}
			</p>
			${this.qualifier?o`<p class="qualifier">${this.qualifier}</p>`:m}
			${this.citations.length?o`<ol class="sources" aria-label=${this.localize.term("clinickit_citationsLabel")}>
						${this.citations.map(s=>{const a=V(s.state);return o`<li class=${s.state} data-key=${s.key}>
								<span class="ref-number">${s.number}</span>
								<span>${s.title}${s.source?o`<span class="source-line"> — ${s.source}</span>`:m}</span>
								${a?o`<uui-tag color="danger" look="secondary">${this.localize.term(a)}</uui-tag>`:m}
							</li>`})}
					</ol>`:o`<p class="no-sources">
						<uui-icon name="icon-alert" aria-hidden="true"></uui-icon>${this.localize.term("clinickit_noSources")}
					</p>`}
		`;return this.href?o`<a class="card" href=${this.href} aria-label=${`${t}: ${this.statement}`}>${i}</a>`:o`<div class="card" role="group" aria-label=${t}>${i}</div>`}};l.styles=[E,M,T`
			:host {
				display: block;
			}
			.card {
				display: block;
				color: inherit;
				text-decoration: none;
				background: var(--uui-color-surface);
				border: 1px solid var(--uui-color-border);
				border-left: 4px solid var(--uui-color-interactive);
				border-radius: var(--uui-border-radius);
				padding: var(--uui-size-space-4) var(--uui-size-space-5);
				transition: box-shadow 120ms ease-in-out, border-color 120ms ease-in-out;
			}
			a.card:hover,
			a.card:focus-visible {
				border-color: var(--uui-color-interactive-emphasis);
				box-shadow: var(--uui-shadow-depth-1);
			}
			:host([highlighted]) .card {
				outline: 3px solid var(--uui-color-focus);
				outline-offset: 2px;
			}
			.head {
				display: flex;
				flex-wrap: wrap;
				gap: var(--uui-size-space-3);
				align-items: center;
				margin-bottom: var(--uui-size-space-2);
			}
			.badge {
				font-weight: 700;
				text-transform: uppercase;
				font-size: var(--uui-type-small-size);
				letter-spacing: 0.04em;
				color: var(--uui-color-interactive-emphasis);
			}
			.evidence {
				font-size: var(--uui-type-small-size);
				color: var(--uui-color-text-alt);
			}
			.problems {
				margin-left: auto;
			}
			.statement {
				margin: 0;
				font-size: var(--uui-type-h5-size);
				font-weight: 700;
				line-height: 1.4;
			}
			.refs {
				color: var(--uui-color-interactive-emphasis);
				font-weight: 700;
				margin-left: 2px;
			}
			.qualifier {
				margin: var(--uui-size-space-2) 0 0;
				color: var(--uui-color-text-alt);
				font-style: italic;
			}
			.sources {
				list-style: none;
				margin: var(--uui-size-space-3) 0 0;
				padding: var(--uui-size-space-3) 0 0;
				border-top: 1px solid var(--uui-color-divider);
				display: grid;
				gap: var(--uui-size-space-1);
				font-size: var(--uui-type-small-size);
			}
			.sources li {
				display: flex;
				gap: var(--uui-size-space-2);
				align-items: baseline;
			}
			.ref-number {
				flex: none;
				font-weight: 700;
				color: var(--uui-color-interactive-emphasis);
			}
			.ref-number::before {
				content: '[';
			}
			.ref-number::after {
				content: ']';
			}
			.source-line {
				color: var(--uui-color-text-alt);
			}
			.no-sources {
				display: flex;
				gap: var(--uui-size-space-2);
				align-items: center;
				margin: var(--uui-size-space-3) 0 0;
				color: var(--uui-color-danger-standalone);
				font-weight: 700;
			}
		`];u([n({type:Number})],l.prototype,"number",2);u([n()],l.prototype,"statement",2);u([n()],l.prototype,"qualifier",2);u([n({attribute:"claim-type"})],l.prototype,"claimType",2);u([n({attribute:"evidence-strength"})],l.prototype,"evidenceStrength",2);u([n({attribute:!1})],l.prototype,"citations",2);u([n({attribute:!1})],l.prototype,"findings",2);u([n()],l.prototype,"href",2);u([n({type:Boolean,reflect:!0})],l.prototype,"highlighted",2);l=u([q("clinickit-claim-preview")],l);var Z=Object.defineProperty,ee=Object.getOwnPropertyDescriptor,B=e=>{throw TypeError(e)},h=(e,t,i,s)=>{for(var a=s>1?void 0:s?ee(t,i):t,r=e.length-1,d;r>=0;r--)(d=e[r])&&(a=(s?d(t,i,a):d(a))||a);return s&&a&&Z(t,i,a),a},w=(e,t,i)=>t.has(e)||B("Cannot "+i),k=(e,t,i)=>(w(e,t,"read from private field"),i?i.call(e):t.get(e)),_=(e,t,i)=>t.has(e)?B("Cannot add the same private member more than once"):t instanceof WeakSet?t.add(e):t.set(e,i),P=(e,t,i,s)=>(w(e,t,"write to private field"),t.set(e,i),i),f=(e,t,i)=>(w(e,t,"access private method"),i),y,g,p,C,$,L,U;const v=W.claimBlock.properties;let c=class extends O{constructor(){super(),_(this,p),this._details={},this._highlighted=!1,this._lookedUp="",_(this,y),_(this,g,""),this.consumeContext(D,e=>{e&&this.observe(A([e.layouts,e.contents]),([t,i])=>{this._claims=N(I({contentData:i,layout:{[R]:t}}))},"clinickitObserveBlocks")})}connectedCallback(){super.connectedCallback(),P(this,y,Y(()=>f(this,p,$).call(this)))}disconnectedCallback(){var e;super.disconnectedCallback(),(e=k(this,y))==null||e.call(this)}updated(){f(this,p,$).call(this),f(this,p,L).call(this)}render(){const e=f(this,p,C).call(this),t=this._claims?K(this._claims):K([e]),i=e.citations.map(r=>G(r,t.get(r.key)??0,this._details)),s=e.citations.filter(r=>r.isDocument).map(r=>r.key).join(","),a=this._lookedUp===s?x(e,this._details):x(e,f(this,p,U).call(this,e));return o`<clinickit-claim-preview
			.number=${e.number}
			.statement=${e.statement}
			.qualifier=${e.qualifier}
			.claimType=${e.claimType}
			.evidenceStrength=${e.evidenceStrength}
			.citations=${i}
			.findings=${a}
			.href=${this.config?.showContentEdit?this.config.editContentPath:void 0}
			?highlighted=${this._highlighted}></clinickit-claim-preview>`}};y=new WeakMap;g=new WeakMap;p=new WeakSet;C=function(){const e=this._claims?.find(i=>i.blockKey.toLowerCase()===this.contentKey?.toLowerCase());if(e)return e;const t=this.content??{};return{number:0,blockKey:this.contentKey??"",statement:z(t[v.statement]),citations:j(F(t[v.citations])),claimType:S(t[v.claimType]),evidenceStrength:S(t[v.evidenceStrength]),qualifier:z(t[v.qualifier])}};$=function(){!this.contentKey||!H(this.contentKey)||(this._highlighted=!0,this.scrollIntoView({behavior:"smooth",block:"center"}),setTimeout(()=>this._highlighted=!1,4e3))};L=async function(){const e=f(this,p,C).call(this).citations.filter(i=>i.isDocument).map(i=>i.key),t=e.join(",");if(t!==k(this,g)){if(P(this,g,t),!e.length){this._lookedUp=t;return}try{const s=await(await X(this,this.source)).citations(e);if(k(this,g)!==t)return;this._details=s,this._lookedUp=t}catch(i){console.error("ClinicKit: could not look up the citations of a claim block.",i)}}};U=function(e){const t={...this._details};for(const i of e.citations)i.isDocument&&!(i.key in t)&&(t[i.key]={key:i.key,title:i.key,state:"published"});return t};c.styles=T`
		:host {
			display: block;
		}
	`;h([n({attribute:!1})],c.prototype,"manifest",2);h([n({attribute:!1})],c.prototype,"content",2);h([n({attribute:!1})],c.prototype,"config",2);h([n({attribute:!1})],c.prototype,"contentKey",2);h([n({attribute:!1})],c.prototype,"source",2);h([b()],c.prototype,"_claims",2);h([b()],c.prototype,"_details",2);h([b()],c.prototype,"_highlighted",2);h([b()],c.prototype,"_lookedUp",2);c=h([q("clinickit-claim-block-view")],c);export{c as ClinicKitClaimBlockViewElement,c as element};
